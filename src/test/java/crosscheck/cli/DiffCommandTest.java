package crosscheck.cli;

import static crosscheck.cli.BaselineCommandTest.fact;
import static crosscheck.cli.BaselineCommandTest.writeReport;
import static crosscheck.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  @TempDir Path tmp;
  Path old;
  Path now;

  @BeforeEach
  void reports() throws IOException {
    old = writeReport(tmp.resolve("old"), fact("kept", Verdict.CONFLICT), fact("lonely", Verdict.SINGLE_SOURCE),
        fact("gone", Verdict.DISPUTED));
    now = writeReport(tmp.resolve("new"), fact("kept", Verdict.CONFLICT), fact("lonely", Verdict.AGREEMENT),
        fact("fresh", Verdict.CONFLICT));
  }

  @Test
  void listsNewChangedAndResolvedFactsAndExitsZeroWithoutFailOnNew() {
    CommandLineRun r = run("diff", old.toString(), now.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("crosscheck diff: 1 new, 1 changed, 1 resolved; 1 new finding(s) at or above --fail-on conflict");
    assertThat(r.out().lines().skip(1).toList()).hasSize(3);
    assertThat(r.out()).contains("single-source -> agreement (corroborated)").doesNotContain("kept");
  }

  @Test
  void failOnNewExitsOneOnANewConflictAndSaysWhy() {
    CommandLineRun r = run("diff", old.toString(), now.toString(), "--fail-on-new");
    assertThat(r.code()).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(r.err()).contains("FAIL: 1 new finding(s) at or above --fail-on conflict (exit 1)");
    assertThat(run("diff", old.toString(), now.toString(), "--fail-on-new", "--fail-on", "disputed").code()).isZero();
    assertThat(run("diff", now.toString(), now.toString(), "--fail-on-new").code()).isZero();
  }

  @Test
  void writesMarkdownToAFile() throws IOException {
    Path out = tmp.resolve("diff.md");
    CommandLineRun r = run("diff", old.toString(), now.toString(), "--format", "md", "-o", out.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("1 new, 1 changed, 1 resolved; written to " + out);
    assertThat(Files.readString(out)).startsWith("## crosscheck diff").contains("| new | conflict |");
  }

  @Test
  void printsJson() {
    assertThat(run("diff", old.toString(), now.toString(), "--format", "json").out())
        .contains("\"kind\" : \"crosscheck-diff\"", "\"change\" : \"changed\"");
  }

  @Test
  void unreadableReportsAndUnknownFormatsAreUsageErrors() throws IOException {
    Path junk = tmp.resolve("junk.json");
    Files.writeString(junk, "not json");
    CommandLineRun r = run("diff", old.toString(), junk.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("NEW " + junk + ": cannot be read as a crosscheck report");
    assertThat(run("diff", tmp.resolve("missing.json").toString(), now.toString()).err()).contains("OLD", "no such file");
    assertThat(run("diff", old.toString(), now.toString(), "--format", "pdf").code()).isEqualTo(ExitCode.USAGE.code());
  }
}
