package crosscheck.cli;

import static crosscheck.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.match.FactKey;
import crosscheck.pipeline.Baseline;
import crosscheck.report.Report;
import crosscheck.report.ReportBuilder;
import crosscheck.report.ReportJson;
import crosscheck.report.Tool;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineCommandTest {
  @TempDir Path tmp;

  static Fact fact(String subject, Verdict v) {
    FactKey key = new FactKey(subject, "losses", "2024", null, "count");
    return new Fact("id-" + subject, key, v, "R", subject + " reason", List.of(), 2, 2, List.of(), false, null);
  }

  static Path writeReport(Path dir, Fact... facts) throws IOException {
    Report r = ReportBuilder.build(new Tool("crosscheck", "0.1.0", Map.of("bundled/units.yaml", "abc")),
        List.of(), List.of(), List.of(facts), List.of(), FailOn.CONFLICT);
    return new ReportJson().writeTo(r, Files.createDirectories(dir));
  }

  @Test
  void freezesEveryFindingByDefaultWithVerdictReasonAndKey() throws IOException {
    Path report = writeReport(tmp.resolve("r"), fact("a", Verdict.CONFLICT), fact("b", Verdict.SINGLE_SOURCE),
        fact("c", Verdict.AGREEMENT));
    Path out = tmp.resolve("ci/baseline.json");
    CommandLineRun r = run("baseline", report.toString(), "-o", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("froze 2 finding(s) at or above single-source");
    Baseline b = Baseline.read(out);
    assertThat(b.findings()).extracting(Baseline.Entry::id).containsExactly("id-a", "id-b");
    assertThat(b.findings().getFirst()).isEqualTo(
        new Baseline.Entry("id-a", Verdict.CONFLICT, "R", "a reason", "a|losses|2024||count"));
    assertThat(b.tool().version()).isEqualTo("0.1.0");
  }

  @Test
  void levelConflictFreezesOnlyConflictsAndWorse() throws IOException {
    Path report = writeReport(tmp.resolve("r"), fact("a", Verdict.CONFLICT), fact("b", Verdict.SINGLE_SOURCE),
        fact("d", Verdict.DISPUTED));
    Path out = tmp.resolve("baseline.json");
    assertThat(run("baseline", report.toString(), "-o", out.toString(), "--level", "conflict").code()).isZero();
    assertThat(Baseline.read(out).findings()).extracting(Baseline.Entry::id).containsExactly("id-a", "id-d");
  }

  @Test
  void refusesToOverwriteTheInputReport() throws IOException {
    Path report = writeReport(tmp.resolve("r"), fact("a", Verdict.CONFLICT));
    byte[] before = Files.readAllBytes(report);
    CommandLineRun r = run("baseline", report.toString(), "-o", report.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("is the input report; refusing to overwrite it");
    assertThat(Files.readAllBytes(report)).isEqualTo(before);
  }

  @Test
  void anUnreadableReportIsAUsageErrorAndWritesNothing() throws IOException {
    Path bad = tmp.resolve("report.json");
    Files.writeString(bad, "{\"formatVersion\": 1, \"facts\": [");
    Path out = tmp.resolve("baseline.json");
    CommandLineRun r = run("baseline", bad.toString(), "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("error: REPORT " + bad + ": cannot be read as a crosscheck report");
    assertThat(out).doesNotExist();
    assertThat(run("baseline", tmp.resolve("none.json").toString(), "-o", out.toString()).err()).contains("no such file");
  }

  @Test
  void levelNoneAndAMissingOutputAreUsageErrors() throws IOException {
    Path report = writeReport(tmp.resolve("r"), fact("a", Verdict.CONFLICT));
    assertThat(run("baseline", report.toString(), "-o", tmp.resolve("b.json").toString(), "--level", "none").code())
        .isEqualTo(ExitCode.USAGE.code());
    assertThat(run("baseline", report.toString()).err()).contains("Missing required option: '--output=FILE'");
  }
}
