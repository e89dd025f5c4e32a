package crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.ingest.IngestOptions;
import crosscheck.report.Report;
import crosscheck.report.ReportJson;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {
  @TempDir Path tmp;
  Path corpus;
  LineStages stages = new LineStages();

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "losses = 200000\nbudget = 296\ntanks = 40\n");
    Files.writeString(corpus.resolve("b.txt"), "losses = 120000\nbudget = 296\n");
  }

  Report run(FailOn failOn, Path baseline) {
    CheckOptions o = new CheckOptions(List.of(corpus), IngestOptions.defaults(), 1, failOn);
    return stages.pipeline().run(baseline == null ? o : o.withBaseline(baseline));
  }

  static Fact fact(Report r, String subject) {
    return r.facts().stream().filter(f -> f.key().subject().equals(subject)).findFirst().orElseThrow();
  }

  @Test
  void freezeKeepsFindingsAtOrAboveTheLevelSortedById() {
    Report r = run(FailOn.CONFLICT, null);
    Baseline all = Baseline.freeze(r, FailOn.SINGLE_SOURCE);
    assertThat(all.findings()).extracting(Baseline.Entry::verdict)
        .containsExactlyInAnyOrder(Verdict.CONFLICT, Verdict.SINGLE_SOURCE);
    assertThat(all.findings()).extracting(Baseline.Entry::id).isSorted();
    Baseline.Entry losses = Baseline.freeze(r, FailOn.CONFLICT).findings().getFirst();
    assertThat(losses.key()).startsWith("losses|");
    assertThat(losses.reason()).isEqualTo("values [120000.0, 200000.0]");
    assertThat(Baseline.freeze(r, FailOn.CONFLICT).findings()).hasSize(1);
  }

  @Test
  void aBaselinedConflictStaysInTheReportMarkedAndNoLongerFails() throws IOException {
    Report before = run(FailOn.CONFLICT, null);
    assertThat(before.summary().failing()).isEqualTo(1);
    Path file = tmp.resolve("baseline.json");
    Baseline.freeze(before, FailOn.SINGLE_SOURCE).write(file);
    Report after = run(FailOn.SINGLE_SOURCE, file);
    assertThat(fact(after, "losses").baselined()).isTrue();
    assertThat(fact(after, "tanks").baselined()).isTrue();
    assertThat(fact(after, "budget").baselined()).as("agreement was not frozen").isFalse();
    assertThat(after.facts()).hasSize(3);
    assertThat(after.summary().failing()).isZero();
  }

  @Test
  void aNewConflictFailsWhileTheBaselinedOneDoesNot() throws IOException {
    Path file = tmp.resolve("baseline.json");
    Baseline.freeze(run(FailOn.CONFLICT, null), FailOn.CONFLICT).write(file);
    Files.writeString(corpus.resolve("c.txt"), "budget = 310\n");
    Report after = run(FailOn.CONFLICT, file);
    assertThat(fact(after, "budget").verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(fact(after, "budget").baselined()).isFalse();
    assertThat(fact(after, "losses").baselined()).isTrue();
    assertThat(after.summary().failing()).isEqualTo(1);
  }

  @Test
  void aBaselinedFactWhoseVerdictChangedCountsAsNew() throws IOException {
    Path file = tmp.resolve("baseline.json");
    Baseline.freeze(run(FailOn.CONFLICT, null), FailOn.SINGLE_SOURCE).write(file);
    Files.writeString(corpus.resolve("c.txt"), "tanks = 55\n");
    Report after = run(FailOn.SINGLE_SOURCE, file);
    assertThat(fact(after, "tanks").verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(fact(after, "tanks").baselined()).isFalse();
    assertThat(after.summary().failing()).isEqualTo(1);
  }

  @Test
  void writeThenReadGivesTheSameBaseline() throws IOException {
    Baseline b = Baseline.freeze(run(FailOn.CONFLICT, null), FailOn.SINGLE_SOURCE);
    Path file = tmp.resolve("sub/baseline.json");
    b.write(file);
    assertThat(Baseline.read(file)).isEqualTo(b);
    assertThat(Files.readString(file)).contains("\"kind\" : \"crosscheck-baseline\"", "\"formatVersion\" : 1").endsWith("}\n");
  }

  @Test
  void aMissingBaselineIsAUsageErrorThatSaysHowToMakeOne() {
    assertThatThrownBy(() -> Baseline.read(tmp.resolve("nope.json")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope.json: no such file")
        .hasMessageContaining("crosscheck baseline REPORT.json");
  }

  @Test
  void malformedBaselinesAreUsageErrorsNamingTheFile() throws IOException {
    Path truncated = tmp.resolve("truncated.json");
    Files.writeString(truncated, "{\"formatVersion\": 1, \"kind\": \"crosscheck-baseline\", \"findings\": [");
    Path wrongVersion = tmp.resolve("v9.json");
    Files.writeString(wrongVersion, "{\"formatVersion\": 9, \"kind\": \"crosscheck-baseline\", \"findings\": []}");
    Path badVerdict = tmp.resolve("verdict.json");
    Files.writeString(badVerdict, "{\"formatVersion\": 1, \"kind\": \"crosscheck-baseline\", \"findings\": [{\"id\": \"x\", \"verdict\": \"maybe\"}]}");
    Path noId = tmp.resolve("noid.json");
    Files.writeString(noId, "{\"formatVersion\": 1, \"kind\": \"crosscheck-baseline\", \"findings\": [{\"verdict\": \"conflict\"}]}");
    for (Path p : List.of(truncated, wrongVersion, badVerdict, noId)) {
      assertThatThrownBy(() -> Baseline.read(p)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(p.getFileName().toString())
          .hasMessageContaining("not a valid crosscheck baseline");
    }
  }

  @Test
  void aReportGivenAsBaselineIsRefusedWithAHint() throws IOException {
    Path report = new ReportJson().writeTo(run(FailOn.CONFLICT, null), tmp);
    assertThatThrownBy(() -> Baseline.read(report)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("this is a report; freeze it first with: crosscheck baseline");
  }
}
