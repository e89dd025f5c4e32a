package crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.ingest.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The decisions file the page exports, read back and applied before failing findings are counted. */
class DecisionsTest {
  @TempDir Path tmp;

  private Path file(String json) throws IOException {
    return Files.writeString(tmp.resolve("decisions.json"), json);
  }

  @Test
  void everyDecisionMarksItsFactReviewedAndStopsItFailing() throws IOException {
    Report r = SampleReports.sample();
    String disputed = r.facts().get(0).id();
    String internal = r.facts().get(3).id();
    Report decided = Decisions.read(file("{\"formatVersion\":1,\"decisions\":["
        + "{\"fact\":\"" + disputed + "\",\"decision\":\"confirmed\",\"note\":\"real\",\"by\":\"Ann\",\"at\":\"2026-11-21T09:00:00Z\"},"
        + "{\"fact\":\"" + internal + "\",\"decision\":\"resolved\"}]}")).applyTo(r);
    assertThat(r.summary().failing()).isEqualTo(2);
    assertThat(decided.summary().failing()).isZero();
    assertThat(decided.facts().get(0).review().by()).isEqualTo("Ann");
    assertThat(decided.facts().get(3).review().decision()).isEqualTo("resolved");
    assertThat(decided.facts().get(3).review().note()).isNull();
    assertThat(decided.facts().subList(4, 9)).isEqualTo(r.facts().subList(4, 9));
  }

  @Test
  void theLaterDecisionForAFactWins() throws IOException {
    Report r = SampleReports.sample();
    String id = r.facts().get(0).id();
    Decisions d = Decisions.read(file("{\"formatVersion\":1,\"decisions\":[{\"fact\":\"" + id + "\",\"decision\":\"confirmed\"},"
        + "{\"fact\":\"" + id + "\",\"decision\":\"false-alarm\"}]}"));
    assertThat(d.byFact().get(id).decision()).isEqualTo("false-alarm");
  }

  @Test
  void aDecisionForAnUnknownFactIsAWarningProblem() throws IOException {
    Report r = SampleReports.sample();
    Report decided = Decisions.read(file("{\"formatVersion\":1,\"decisions\":[{\"fact\":\"0000000000000000\",\"decision\":\"resolved\"}]}")).applyTo(r);
    assertThat(decided.problems()).hasSize(r.problems().size() + 1);
    Problem p = decided.problems().getLast();
    assertThat(p.severity()).isEqualTo(Problem.Severity.warning);
    assertThat(p.message()).contains("0000000000000000", "not in this report");
    assertThat(decided.summary().problems()).isEqualTo(decided.problems().size());
    assertThat(decided.summary().failing()).isEqualTo(r.summary().failing());
  }

  @Test
  void malformedFilesAreRefusedWithTheReason() throws IOException {
    assertThatThrownBy(() -> Decisions.read(file("not json"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot read");
    assertThatThrownBy(() -> Decisions.read(file("{\"formatVersion\":2,\"decisions\":[]}"))).hasMessageContaining("formatVersion");
    assertThatThrownBy(() -> Decisions.read(file("{\"formatVersion\":1}"))).hasMessageContaining("\"decisions\" must be an array");
    assertThatThrownBy(() -> Decisions.read(file("{\"formatVersion\":1,\"decisions\":[{\"decision\":\"resolved\"}]}")))
        .hasMessageContaining("decisions[0]: \"fact\" is missing");
    assertThatThrownBy(() -> Decisions.read(file("{\"formatVersion\":1,\"decisions\":[{\"fact\":\"a\",\"decision\":\"ignore\"}]}")))
        .hasMessageContaining("confirmed, false-alarm or resolved");
    assertThatThrownBy(() -> Decisions.read(file("{\"formatVersion\":1,\"decisions\":[{\"fact\":\"a\",\"decision\":\"resolved\",\"note\":3}]}")))
        .hasMessageContaining("\"note\" must be a string");
    assertThatThrownBy(() -> Decisions.read(tmp.resolve("missing.json"))).hasMessageContaining("cannot read");
  }
}
