package crosscheck.cli;

import static crosscheck.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's contract: options, exit codes, what is written. Calls execute(args). */
class CliTest {
  @TempDir Path tmp;


  @Test
  void helpListsSubcommandsAndEveryExitCode() {
    CommandLineRun r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("check", "extract", "Exit codes:");
    for (ExitCode c : ExitCode.values()) {
      assertThat(r.out()).contains(c.meaning());
    }
    assertThat(run("check", "--help").out()).contains("Exit codes:", "--fail-on", "--baseline");
  }

  @Test
  void versionPrintsTheToolName() {
    CommandLineRun r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("crosscheck ");
  }

  @Test
  void checkWritesReportJsonAndExitsZeroOnACleanCorpus() throws IOException {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Nothing to see here.\n");
    Path out = tmp.resolve("out");
    CommandLineRun r = run("check", "--out", out.toString(), "--format", "json", "--no-progress", corpus.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out.resolve("report.json"))).contains("\"formatVersion\" : 1");
  }

  @Test
  void missingInputExitsThreeAndStillWritesTheReport() throws IOException {
    Path out = tmp.resolve("out");
    CommandLineRun r = run("check", "--out", out.toString(), "--format", "json", tmp.resolve("nope").toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT.code());
    assertThat(Files.readString(out.resolve("report.json"))).contains("no such file");
  }

  @Test
  void unknownFailOnIsAUsageErrorAndWritesNothing() {
    Path out = tmp.resolve("out");
    CommandLineRun r = run("check", "--out", out.toString(), "--fail-on", "sometimes", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("--fail-on");
    assertThat(out).doesNotExist();
  }

  @Test
  void unknownFormatIsAUsageError() {
    CommandLineRun r = run("check", "--out", tmp.resolve("o").toString(), "--format", "pdf", tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("pdf");
  }

  @Test
  void missingRulesFolderIsAUsageError() {
    CommandLineRun r = run("check", "--rules", tmp.resolve("no-rules").toString(), "--out", tmp.resolve("o").toString(), tmp.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("no-rules");
  }

  @Test
  void missingArgumentIsAUsageError() {
    assertThat(run("check").code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run("frobnicate").code()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void extractReadsStandardInput() {
    ExtractCommand.stdin = new java.io.ByteArrayInputStream("Plain words.".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try {
      CommandLineRun r = run("extract", "--format", "jsonl", "-");
      assertThat(r.code()).isZero();
    } finally {
      ExtractCommand.stdin = System.in;
    }
  }

  @Test
  void extractWithUnknownFormatIsAUsageError() {
    assertThat(run("extract", "--format", "xml", "-").code()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void reportIsByteIdenticalAcrossRunsAndThreadCounts() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    run("check", "--out", a.toString(), "--format", "json", "--threads", "1", "--no-cache", "fixtures/seeds");
    run("check", "--out", b.toString(), "--format", "json", "--threads", "2",
        "--cache", tmp.resolve("cache").toString(), "fixtures/seeds");
    assertThat(Files.readAllBytes(b.resolve("report.json"))).isEqualTo(Files.readAllBytes(a.resolve("report.json")));
  }
}
