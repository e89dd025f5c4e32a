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

/** Ingest as the command line shows it: bad inputs give exit code 3, and the bench command. */
class IngestCommandLineTest {
  @TempDir Path tmp;


  @Test
  void badInputsExitThreeAndTheReportListsEachWhileGoodFilesAreStillChecked() throws IOException {
    Path out = tmp.resolve("out");
    CommandLineRun r = run("check", "--out", out.toString(), "--format", "json", "--no-progress", "-q",
        "fixtures/bad", "fixtures/seeds/003_668af276d21bc4e5.txt");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT.code());
    String report = Files.readString(out.resolve("report.json"));
    assertThat(report).contains("empty file", "binary file", "invalid JSON", "fixtures/bad/mixed-lines.jsonl#1",
        "003_668af276d21bc4e5.txt");
  }

  @Test
  void reportOfEveryFormatIsByteIdenticalAcrossThreadCounts() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    run("check", "--out", a.toString(), "--format", "json", "--threads", "1", "fixtures/formats", "fixtures/bad");
    run("check", "--out", b.toString(), "--format", "json", "--threads", "2", "fixtures/formats", "fixtures/bad");
    assertThat(Files.readAllBytes(b.resolve("report.json"))).isEqualTo(Files.readAllBytes(a.resolve("report.json")));
  }

  @Test
  void benchBuildsACorpusAndPrintsMedians() {
    CommandLineRun r = run("bench", "--docs", "30", "--seed", "7", "--repeat", "1", "--warmup", "0", "--threads", "1");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("corpus: 30 documents", "15 .txt", "stage ingest", "MB/s", "docs/s", "peak heap",
        "(30 documents read)");
  }

  @Test
  void benchCorpusDependsOnlyOnTheSeed() throws IOException {
    var templates = BenchCorpus.templates(java.util.List.of(Path.of("fixtures/seeds")));
    BenchCorpus.Built one = BenchCorpus.build(Files.createDirectories(tmp.resolve("one")), templates, 12, 5);
    BenchCorpus.Built two = BenchCorpus.build(Files.createDirectories(tmp.resolve("two")), templates, 12, 5);
    BenchCorpus.Built other = BenchCorpus.build(Files.createDirectories(tmp.resolve("other")), templates, 12, 6);
    assertThat(Files.readString(one.dir().resolve("feed00000.jsonl"))).isEqualTo(Files.readString(two.dir().resolve("feed00000.jsonl")))
        .isNotEqualTo(Files.readString(other.dir().resolve("feed00000.jsonl")));
    assertThat(one.bytes()).isEqualTo(two.bytes());
  }

  @Test
  void benchVariesNumbersButKeepsYears() {
    String varied = BenchCorpus.vary("In 2023 about 200,000 men and 90 percent", new java.util.Random(1));
    assertThat(varied).startsWith("In 2023 about ").matches("In 2023 about \\d{3},\\d{3} men and \\d{2} percent")
        .isNotEqualTo("In 2023 about 200,000 men and 90 percent");
  }

  @Test
  void benchLayoutTxtWritesOnlyTextFiles() {
    CommandLineRun r = run("bench", "--docs", "10", "--layout", "txt", "--repeat", "1", "--warmup", "0");
    assertThat(r.out()).contains("(10 .txt, 0 in 0 .jsonl)");
  }

  @Test
  void benchWithUnknownStageIsAUsageError() {
    assertThat(run("bench", "--stage", "fast").code()).isEqualTo(ExitCode.USAGE.code());
  }
}
