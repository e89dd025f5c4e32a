package crosscheck.cli;

import static crosscheck.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check's CI options: --baseline, --batch, --since, --cache, --no-cache. */
class CheckCiOptionsTest {
  @TempDir Path tmp;
  Path corpus;
  Path out;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "Russia lost 1,200 tanks in 2024, the ministry said.\n");
    Files.writeString(corpus.resolve("b.txt"), "China's defence budget rose 7.2% to 1.67 trillion yuan.\n");
    out = tmp.resolve("out");
  }

  CommandLineRun check(String... extra) {
    String[] args = Stream.concat(Stream.of("check", "--out", out.toString(), "--format", "json", "--no-progress"),
        Stream.concat(Stream.of(extra), Stream.of(corpus.toString()))).toArray(String[]::new);
    return run(args);
  }

  @Test
  void aMissingBaselineIsExitTwoWithAClearMessageAndNothingWritten() {
    CommandLineRun r = check("--baseline", tmp.resolve("baseline.json").toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("error: --baseline " + tmp.resolve("baseline.json") + ": no such file");
    assertThat(out).doesNotExist();
  }

  @Test
  void aMalformedBaselineIsExitTwo() throws IOException {
    Path b = tmp.resolve("baseline.json");
    Files.writeString(b, "[1, 2");
    CommandLineRun r = check("--baseline", b.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("not a valid crosscheck baseline");
    assertThat(out).doesNotExist();
  }

  @Test
  void aBaselineFromAnEarlierRunIsAcceptedAndReported() throws IOException {
    assertThat(check("--no-cache").code()).isZero();
    Path b = tmp.resolve("baseline.json");
    assertThat(run("baseline", out.resolve("report.json").toString(), "-o", b.toString()).code()).isZero();
    CommandLineRun r = check("--no-cache", "--baseline", b.toString());
    assertThat(r.code()).as(r.err()).isZero();
    // the two one-article facts are single-source: frozen by the baseline, none new
    assertThat(r.out()).contains("baseline " + b + ": 3 finding(s) baselined, 0 new at or above --fail-on conflict");
  }

  @Test
  void anUnreadableInputEndsWithAOneLineFailVerdictOnStderr() {
    CommandLineRun r = run("check", "--out", out.toString(), "--format", "json", "--no-cache", tmp.resolve("missing").toString());
    assertThat(r.code()).isEqualTo(ExitCode.INPUT.code());
    assertThat(r.err()).contains("FAIL (exit 3): " + ExitCode.INPUT.meaning());
    assertThat(check("--no-cache").err()).doesNotContain("FAIL");
  }

  @Test
  void sinceOutsideAGitRepositoryIsExitTwo() {
    CommandLineRun r = check("--since", "origin/main");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("--since origin/main", "is not in a git repository");
    assertThat(out).doesNotExist();
  }

  @Test
  void batchAndSinceTogetherAreAUsageError() {
    CommandLineRun r = check("--since", "HEAD", "--batch", corpus.toString());
    assertThat(r.code()).isEqualTo(ExitCode.USAGE.code());
    assertThat(r.err()).contains("mutually exclusive");
  }

  @Test
  void aBatchRunSaysWhatItReports() throws IOException {
    Path batch = Files.createDirectories(tmp.resolve("incoming"));
    Files.writeString(batch.resolve("c.txt"), "Ukraine said Russia lost 1,500 tanks in 2024.\n");
    CommandLineRun r = check("--batch", batch.toString(), "--no-cache");
    // 1,500 vs 1,200 tanks is a new conflict brought by the batch: it fails the run
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(r.out()).contains("batch (--batch " + batch + "): 1 new of 3 documents touch 1 of 3 facts");
    assertThat(r.err()).contains("FAIL (exit 1): 1 new finding(s) at or above --fail-on conflict touched by the new documents");
    assertThat(run("check", "--out", out.toString(), "--batch", tmp.resolve("nope").toString(), corpus.toString()).code())
        .isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void everyFixtureFolderAtOnceIsCheckedWithoutAnInternalError() {
    // the folders' READMEs, peer data and bad inputs together: real-world mess in one run
    CommandLineRun r = run("check", "--out", out.toString(), "--format", "json", "--no-cache", "fixtures");
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.INPUT.code());
    assertThat(out.resolve("report.json")).exists();
  }

  @Test
  void theCiFixtureBatchIsReadWithItsBaseCorpus() throws IOException {
    Path fixtures = Path.of("fixtures", "ci");
    CommandLineRun r = run("check", "--out", out.toString(), "--format", "json", "--no-cache",
        "--batch", fixtures.resolve("batch").toString(), fixtures.resolve("base").toString());
    // the Herald's "more than 1,000" personnel against the base's "around 600": a new conflict
    assertThat(r.code()).as(r.err()).isEqualTo(ExitCode.FINDINGS.code());
    assertThat(r.out()).contains("conflict China|personnel-deployed|2025");
    assertThat(r.out()).containsPattern("batch \\(--batch fixtures.ci.batch\\): \\d+ new of \\d+ documents");
    assertThat(Files.readString(out.resolve("report.json")))
        .contains("2025-06-27_herald_chinese-personnel.txt", "2025-06-27_observer_dual-use-exports.txt");
  }

  @Test
  void theCacheDefaultsToBesideTheCorpusAndGivesTheSameReport() throws IOException {
    CommandLineRun cold = check();
    assertThat(cold.code()).as(cold.err()).isZero();
    assertThat(cold.out()).contains("cache: 0 document(s) from cache, 2 extracted");
    assertThat(tmp.resolve(".crosscheck/cache")).isDirectory();
    byte[] cached = Files.readAllBytes(out.resolve("report.json"));
    CommandLineRun warm = check();
    assertThat(warm.out()).contains("cache: 2 document(s) from cache, 0 extracted");
    assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(cached);
    assertThat(check("--no-cache").out()).doesNotContain("cache:");
    assertThat(Files.readAllBytes(out.resolve("report.json"))).isEqualTo(cached);
  }

  @Test
  void cacheMovesWithTheOptionAndContradictoryCacheOptionsAreRefused() {
    Path dir = tmp.resolve("elsewhere");
    assertThat(check("--cache", dir.toString()).code()).isZero();
    assertThat(dir).isDirectory();
    assertThat(tmp.resolve(".crosscheck")).doesNotExist();
    assertThat(check("--cache", dir.toString(), "--no-cache").code()).isEqualTo(ExitCode.USAGE.code());
  }

  @Test
  void aCorruptCacheEntryIsAWarningNotAFailure() throws IOException {
    Path dir = tmp.resolve("c");
    check("--cache", dir.toString());
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(f, "{\"formatVersion\":1,\"key\":");
      }
    }
    CommandLineRun r = check("--cache", dir.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("warning: cache: entry", "was not valid JSON (truncated?); rebuilt");
    assertThat(r.out()).contains("2 corrupt entr(ies) rebuilt");
  }
}
