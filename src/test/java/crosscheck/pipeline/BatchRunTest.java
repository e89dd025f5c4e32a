package crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.ingest.IngestOptions;
import crosscheck.report.DocumentEntry;
import crosscheck.report.Report;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchRunTest {
  @TempDir Path tmp;
  Path corpus;
  LineStages stages = new LineStages();

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(corpus.resolve("a.txt"), "losses = 200000\nbudget = 296\n");
    Files.writeString(corpus.resolve("b.txt"), "losses = 120000\nbudget = 296\n");
    Files.writeString(corpus.resolve("c.txt"), "tanks = 40\n");
  }

  CheckOptions options() {
    return new CheckOptions(List.of(corpus), IngestOptions.defaults(), 1, FailOn.CONFLICT);
  }

  static List<String> subjects(Report r) {
    return r.facts().stream().map(f -> f.key().subject()).toList();
  }

  @Test
  void aBatchOutsideTheCorpusIsJudgedWithItAndOnlyTheFactsItTouchesAreReported() throws IOException {
    Path batch = Files.createDirectories(tmp.resolve("incoming"));
    Files.writeString(batch.resolve("d.txt"), "budget = 310\ntanks = 40\n");
    CheckResult r = stages.pipeline().check(options().withBatch(batch));
    assertThat(subjects(r.report())).containsExactlyInAnyOrder("budget", "tanks");
    Fact budget = r.report().facts().stream().filter(f -> f.key().subject().equals("budget")).findFirst().orElseThrow();
    assertThat(budget.verdict()).as("judged against the whole corpus").isEqualTo(Verdict.CONFLICT);
    assertThat(r.report().summary().failing()).isEqualTo(1);
    assertThat(r.batch()).isEqualTo(new CheckResult.Batch("--batch " + batch, 1, 4, 2, 3));
    assertThat(r.report().documents()).extracting(DocumentEntry::path)
        .as("the new document and those holding evidence of touched facts; not b's losses alone")
        .containsExactly(corpus.resolve("a.txt").toString(), corpus.resolve("b.txt").toString(),
            corpus.resolve("c.txt").toString(), batch.resolve("d.txt").toString());
    List<String> claimSubjects = r.report().claims().stream().map(c -> c.subject()).toList();
    assertThat(claimSubjects).doesNotContain("losses");
  }

  @Test
  void aBatchInsideTheCorpusIsNotReadTwice() throws IOException {
    Path batch = Files.createDirectories(corpus.resolve("2026-11-22"));
    Files.writeString(batch.resolve("e.txt"), "losses = 200000\n");
    CheckResult r = stages.pipeline().check(options().withBatch(batch));
    assertThat(r.batch().corpusDocuments()).isEqualTo(4);
    assertThat(subjects(r.report())).containsExactly("losses");
    assertThat(r.report().summary().failing()).as("the new article repeats a known conflict").isEqualTo(1);
  }

  @Test
  void anEmptyBatchReportsNoFactsAndPasses() throws IOException {
    Path batch = Files.createDirectories(tmp.resolve("empty"));
    CheckResult r = stages.pipeline().check(options().withBatch(batch));
    assertThat(r.report().facts()).isEmpty();
    assertThat(r.report().summary().failing()).isZero();
    assertThat(r.batch().corpusFacts()).isEqualTo(3);
  }

  @Test
  void aMissingBatchFolderIsAUsageError() {
    assertThatThrownBy(() -> stages.pipeline().check(options().withBatch(tmp.resolve("nope"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--batch").hasMessageContaining("no such file");
  }

  @Test
  void sinceTakesTheFilesGitSeesChangedOrAddedSinceTheRef() throws Exception {
    git(tmp, "init", "-q");
    git(tmp, "add", ".");
    git(tmp, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "base");
    Files.writeString(corpus.resolve("c.txt"), "tanks = 41\n");
    Files.writeString(corpus.resolve("untracked.txt"), "tanks = 44\n");
    CheckResult r = stages.pipeline().check(options().withSince("HEAD"));
    assertThat(r.batch().newDocuments()).isEqualTo(2);
    assertThat(subjects(r.report())).containsExactly("tanks");
    assertThat(r.report().facts().getFirst().verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(r.batch().scope()).isEqualTo("--since HEAD");
  }

  @Test
  void sinceOutsideAGitRepositoryIsAUsageError() {
    assertThatThrownBy(() -> stages.pipeline().check(options().withSince("HEAD~1")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not in a git repository");
  }

  @Test
  void sinceWithAnUnknownRefIsAUsageError() throws Exception {
    git(tmp, "init", "-q");
    assertThatThrownBy(() -> stages.pipeline().check(options().withSince("no-such-ref")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--since no-such-ref: git diff failed");
    assertThatThrownBy(() -> stages.pipeline().check(options().withSince("--output=x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a git ref");
  }

  @Test
  void batchAndSinceTogetherAreRefused() {
    assertThatThrownBy(() -> options().withBatch(corpus).withSince("HEAD"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("give one");
  }

  static void git(Path dir, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("git", "-C", dir.toString()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(out).isZero();
  }
}
