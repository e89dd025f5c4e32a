package crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ingest.IngestOptions;
import crosscheck.report.DocumentEntry;
import crosscheck.report.ReportJson;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.FailOn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run memo with the real stages on the written corpus (fixtures/corpus): what a re-run takes
 * from the last one, what makes it redo work, and that the report never depends on it.
 */
class RunMemoTest {
  private static Pipeline pipeline;

  @TempDir Path tmp;
  Path corpus;
  Path cache;

  @BeforeAll
  static void rules() {
    pipeline = new Pipeline(RuleSet.bundled());
  }

  @BeforeEach
  void copyTheCorpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    cache = tmp.resolve("cache");
    try (Stream<Path> files = Files.list(Path.of("fixtures/corpus"))) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt") || f.endsWith("manifest.json")).toList()) {
        Files.copy(f, corpus.resolve(f.getFileName().toString()));
      }
    }
    ageEveryFile();
  }

  /** Files written an hour ago: stamps that a re-run may trust (fresh ones are racy). */
  private void ageEveryFile() throws IOException {
    FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.toList()) {
        Files.setLastModifiedTime(f, hourAgo);
      }
    }
  }

  private CheckOptions options() {
    return new CheckOptions(List.of(corpus), IngestOptions.defaults(), 2, FailOn.CONFLICT);
  }

  private static String json(CheckResult r) {
    return new String(new ReportJson().render(r.report()), StandardCharsets.UTF_8);
  }

  private String uncached() {
    return json(pipeline.check(options()));
  }

  @Test
  void aRerunWithNothingChangedReadsNoFileAndJudgesNoPartitionAgain() {
    CheckResult first = pipeline.check(options().withCache(cache));
    assertThat(first.reuse().filesReused()).isZero();
    assertThat(first.reuse().partitionsReused()).isZero();
    CheckResult second = pipeline.check(options().withCache(cache));
    assertThat(second.reuse().filesReused()).isEqualTo(second.reuse().files()).isEqualTo(13);
    assertThat(second.reuse().partitionsReused()).isEqualTo(second.reuse().partitions()).isPositive();
    assertThat(second.cache().hits()).isEqualTo(13);
    assertThat(second.cache().misses()).isZero();
    assertThat(json(second)).isEqualTo(json(first)).isEqualTo(uncached());
  }

  @Test
  void theMemoKeepsEachArticlesLineShapeButNotItsText() throws IOException {
    CheckResult first = pipeline.check(options().withCache(cache));
    List<RunMemo.DocumentMemo> stored = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.walk(cache.resolve("runs"))) {
      for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segment-")).toList()) {
        stored.addAll(RecordCodec.<RunMemo.Segment>decode(Files.readAllBytes(f), 8, RunMemo.Segment.class).documents());
      }
    }
    assertThat(stored).hasSize(13).allSatisfy(m -> assertThat(m.document().text()).isNull());
    for (DocumentEntry d : first.report().documents()) {
      assertThat(stored).anySatisfy(m -> {
        assertThat(m.document().id()).isEqualTo(d.id());
        assertThat(m.shape()).isEqualTo(new crosscheck.report.TextShape(d.chars(), d.lineStarts()));
      });
    }
    // a re-run takes every document from the memo: the report's lengths and line starts come from the shapes
    assertThat(json(pipeline.check(options().withCache(cache)))).isEqualTo(json(first));
  }

  @Test
  void anAddedArticleIsJudgedWithTheFactsItTouchesOnly() throws IOException {
    pipeline.check(options().withCache(cache));
    Files.writeString(corpus.resolve("14_wire_india_budget.txt"), """
        India's defence budget for 2024 was $75 billion, the defence ministry said on Monday.
        The ministry said the figure includes pensions.
        """, StandardCharsets.UTF_8);
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().filesReused()).isEqualTo(13);
    assertThat(r.cache().misses()).isEqualTo(1);
    assertThat(r.reuse().partitionsReused()).as("untouched partitions").isPositive()
        .isLessThan(r.reuse().partitions());
    assertThat(json(r)).contains("14_wire_india_budget.txt").isEqualTo(uncached());
  }

  @Test
  void aFurtherCopyOfAnArticleAlreadyReadCountsOnTheFactsItStates() throws IOException {
    // one text at several paths is one document id; with a copy already there its text reuse stays the
    // same, and the new copy sorts first, so the last copy (and key) seen for the id stays the same
    Files.copy(corpus.resolve("09_northgate_china_denial.txt"), corpus.resolve("15_copy_of_09.txt"));
    ageEveryFile();
    pipeline.check(options().withCache(cache));
    Files.copy(corpus.resolve("09_northgate_china_denial.txt"), corpus.resolve("00_copy_of_09.txt"));
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().partitionsReused()).as("partitions the copy touches are judged again")
        .isLessThan(r.reuse().partitions());
    assertThat(json(r)).isEqualTo(uncached());
  }

  @Test
  void factsJudgedAgainRunAfterRunDoNotPileUpInTheMemo() throws IOException {
    pipeline.check(options().withCache(cache));
    String drones = Files.readString(corpus.resolve("08_meridian_china_drones.txt"), StandardCharsets.UTF_8);
    for (int i = 0; i < 8; i++) {
      // each new copy touches the same facts, which are judged again; each run also brings a fact of
      // its own, stored beside them and still used by later runs
      Files.writeString(corpus.resolve("2" + i + "_wire_copy.txt"), drones + "\nReporting by wire desk " + i + ".\n",
          StandardCharsets.UTF_8);
      Files.writeString(corpus.resolve("3" + i + "_wire_poland.txt"),
          "Poland's defence budget for " + (2010 + i) + " was $" + (20 + i) + " billion, the ministry said.\n",
          StandardCharsets.UTF_8);
      pipeline.check(options().withCache(cache));
      RunMemo.Index index = RecordCodec.decode(Files.readAllBytes(memoFile("index")), 8, RunMemo.Index.class);
      java.util.Set<String> used = new java.util.HashSet<>(index.judged());
      long stored = 0;
      long live = 0;
      for (RunMemo.SegmentRef ref : index.segments()) {
        byte[] bytes = Files.readAllBytes(memoFile(ref.name()));
        for (RunMemo.PartitionMemo p : RecordCodec.<RunMemo.Segment>decode(bytes, 8, RunMemo.Segment.class).partitions()) {
          stored += RunMemo.weight(p);
          live += used.contains(p.fingerprint()) ? RunMemo.weight(p) : 0;
        }
      }
      assertThat(stored).as("weight of the stored facts after copy %d, against the %d used", i, live)
          .isLessThanOrEqualTo(2 * live);
    }
    assertThat(json(pipeline.check(options().withCache(cache)))).isEqualTo(uncached());
  }

  @Test
  void aRemovedArticleLeavesTheReportAsIfItHadNeverBeenRead() throws IOException {
    pipeline.check(options().withCache(cache));
    Files.delete(corpus.resolve("09_northgate_china_denial.txt"));
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().filesReused()).isEqualTo(12);
    assertThat(json(r)).doesNotContain("09_northgate_china_denial").isEqualTo(uncached());
  }

  @Test
  void aFileRewrittenWithTheSameSizeIsReadAgainBecauseItsTimeChanged() throws IOException {
    pipeline.check(options().withCache(cache));
    Path f = corpus.resolve("11_pacific_india_budget.txt");
    String text = Files.readString(f);
    String changed = text.replaceFirst("\\d", text.matches("(?s)^\\D*9.*") ? "8" : "9");
    assertThat(changed).hasSameSizeAs(text).isNotEqualTo(text);
    Files.writeString(f, changed);
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().filesReused()).isEqualTo(12);
    assertThat(r.cache().misses()).isEqualTo(1);
    assertThat(json(r)).isEqualTo(uncached());
  }

  @Test
  void aChangedManifestRereadsTheFilesItDescribes() throws IOException {
    pipeline.check(options().withCache(cache));
    Path manifest = corpus.resolve("manifest.json");
    String text = Files.readString(manifest);
    assertThat(text).contains("Meridian Wire");
    Files.writeString(manifest, text.replace("Meridian Wire", "Meridian Newswire"));
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().filesReused()).as("one manifest describes the whole folder").isZero();
    assertThat(r.report().documents()).extracting(DocumentEntry::source).contains("Meridian Newswire")
        .doesNotContain("Meridian Wire");
    assertThat(json(r)).isEqualTo(uncached());
  }

  @Test
  void filesModifiedMomentsBeforeTheLastRunAreNotTrustedByTheirStamp() throws IOException {
    Files.writeString(corpus.resolve("14_fresh.txt"), "Russia lost 1,200 tanks in 2024, analysts said.\n");
    pipeline.check(options().withCache(cache));
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().filesReused()).as("the fresh file could have changed within its clock tick").isEqualTo(13);
    assertThat(r.cache().hits()).as("its content is unchanged, so its claims still come from the cache").isEqualTo(14);
  }

  @Test
  void aFileThatCouldNotBeReadIsTriedAgainOnTheNextRun() throws IOException {
    Path binary = corpus.resolve("15_broken.txt");
    Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
    ageEveryFile();
    CheckResult first = pipeline.check(options().withCache(cache));
    assertThat(first.report().problems()).anySatisfy(p -> assertThat(p.path()).endsWith("15_broken.txt"));
    CheckResult second = pipeline.check(options().withCache(cache));
    assertThat(second.reuse().filesReused()).as("all but the unreadable file").isEqualTo(13);
    assertThat(second.report().problems()).anySatisfy(p -> assertThat(p.path()).endsWith("15_broken.txt"));
  }

  @Test
  void aDamagedSegmentOrIndexIsNotedAndItsWorkRedone() throws IOException {
    String expected = json(pipeline.check(options().withCache(cache)));
    Path segment = memoFile("segment-");
    byte[] bytes = Files.readAllBytes(segment);
    bytes[bytes.length / 2] ^= 0x20;
    Files.write(segment, bytes);
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.cache().notes()).anySatisfy(n -> assertThat(n).contains("segment", "redone"));
    assertThat(json(r)).isEqualTo(expected);

    Path index = memoFile("index");
    byte[] whole = Files.readAllBytes(index);
    Files.write(index, java.util.Arrays.copyOf(whole, whole.length / 3));
    CheckResult again = pipeline.check(options().withCache(cache));
    assertThat(again.cache().notes()).anySatisfy(n -> assertThat(n).contains("run index", "damaged"));
    assertThat(again.reuse().filesReused()).isZero();
    assertThat(json(again)).isEqualTo(expected);
    assertThat(pipeline.check(options().withCache(cache)).reuse().filesReused()).as("rebuilt").isEqualTo(13);
  }

  @Test
  void aDamagedFileListIsNotedAndItsFilesReadAgain() throws IOException {
    String expected = json(pipeline.check(options().withCache(cache)));
    Path chunk = memoFile("files-");
    byte[] bytes = Files.readAllBytes(chunk);
    bytes[bytes.length - 3] ^= 0x01;
    Files.write(chunk, bytes);
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.cache().notes()).anySatisfy(n -> assertThat(n).contains("file list", "read again"));
    assertThat(r.reuse().filesReused()).as("the fixture corpus is one chunk").isZero();
    assertThat(r.cache().misses()).as("the documents themselves are still in the memo").isZero();
    assertThat(json(r)).isEqualTo(expected);
    assertThat(pipeline.check(options().withCache(cache)).reuse().filesReused()).as("rebuilt").isEqualTo(13);
  }

  @Test
  void addingAnArticleRewritesOnlyTheChunkOfTheFileListItFallsIn() throws IOException {
    for (int i = 0; i < 600; i++) { // enough files for several chunks (about 256 files each)
      Files.writeString(corpus.resolve(String.format(java.util.Locale.ROOT, "brief-%03d.txt", i)),
          "Poland's defence budget for 2024 was $" + (30 + i % 7) + " billion.\n", StandardCharsets.UTF_8);
    }
    ageEveryFile();
    pipeline.check(options().withCache(cache));
    RunMemo.Index before = RecordCodec.decode(Files.readAllBytes(memoFile("index")), 8, RunMemo.Index.class);
    Files.writeString(corpus.resolve("brief-300a.txt"), "Poland's defence budget for 2024 was $31 billion.\n",
        StandardCharsets.UTF_8);
    CheckResult r = pipeline.check(options().withCache(cache));
    RunMemo.Index after = RecordCodec.decode(Files.readAllBytes(memoFile("index")), 8, RunMemo.Index.class);
    assertThat(before.files()).hasSizeGreaterThan(1);
    assertThat(after.files().stream().filter(c -> !before.files().contains(c)))
        .as("chunks written by the second run").hasSize(1);
    assertThat(json(r)).isEqualTo(uncached());
  }

  @Test
  void runsSharingTheMemoAtOnceEachGiveTheUncachedReportAndLeaveItReadable() throws Exception {
    List<Pipeline> pipelines = List.of(pipeline, new Pipeline(RuleSet.bundled()), new Pipeline(RuleSet.bundled()));
    try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3)) {
      for (int round = 0; round < 3; round++) {
        Files.writeString(corpus.resolve("3" + round + "_wire_brief.txt"),
            "Poland's defence budget for 2024 was $" + (30 + round) + " billion, the ministry said.\n",
            StandardCharsets.UTF_8);
        String expected = uncached();
        List<java.util.concurrent.Callable<CheckResult>> runs = new java.util.ArrayList<>();
        pipelines.forEach(p -> runs.add(() -> p.check(options().withCache(cache))));
        for (java.util.concurrent.Future<CheckResult> f : pool.invokeAll(runs)) {
          assertThat(json(f.get())).isEqualTo(expected);
          assertThat(f.get().cache().notes()).as("no memo file was seen damaged or half-written").isEmpty();
        }
      }
    }
    ageEveryFile();
    CheckResult after = pipeline.check(options().withCache(cache));
    assertThat(after.cache().notes()).isEmpty();
    assertThat(json(after)).isEqualTo(uncached());
    assertThat(pipeline.check(options().withCache(cache)).reuse().filesReused()).isEqualTo(16);
  }

  @Test
  void aBatchFolderOutsideTheCorpusWithANewNameEachDayStillReusesTheCorpus() throws IOException {
    Path monday = Files.createDirectories(tmp.resolve("incoming-2026-11-23"));
    Files.writeString(monday.resolve("wire.txt"), "India's defence budget for 2024 was $75 billion, the ministry said.\n",
        StandardCharsets.UTF_8);
    pipeline.check(options().withCache(cache).withBatch(monday));
    Path tuesday = Files.createDirectories(tmp.resolve("incoming-2026-11-24"));
    Files.writeString(tuesday.resolve("wire.txt"), "India's defence budget for 2024 was $74 billion, officials said.\n",
        StandardCharsets.UTF_8);
    CheckResult r = pipeline.check(options().withCache(cache).withBatch(tuesday));
    assertThat(r.reuse().filesReused()).as("the corpus's files").isEqualTo(13);
    assertThat(r.cache().misses()).as("only the new batch's article is extracted").isEqualTo(1);
    assertThat(json(r)).isEqualTo(json(pipeline.check(options().withBatch(tuesday))));
  }

  @Test
  void aFreshCheckoutThatStampsEveryFileAnewTakesTheEarlierReadsByTheirBytes() throws IOException {
    String expected = json(pipeline.check(options().withCache(cache)));
    FileTime checkout = FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES));
    try (Stream<Path> files = Files.list(corpus)) {
      for (Path f : files.toList()) { // the manifest too: its bytes, not its time, say what it gave
        Files.setLastModifiedTime(f, checkout);
      }
    }
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().filesReused()).as("every stamp changed").isZero();
    assertThat(r.cache().misses()).isZero();
    assertThat(r.reuse().partitionsReused()).isEqualTo(r.reuse().partitions());
    assertThat(json(r)).isEqualTo(expected);
    assertThat(pipeline.check(options().withCache(cache)).reuse().filesReused()).as("the new stamps stored").isEqualTo(13);
  }

  @Test
  void memosOfOtherBuildsUnwrittenForTwoWeeksAreDeletedWhenAMemoIsWritten() throws IOException {
    Path old = Files.createDirectories(cache.resolve("runs").resolve("0123456789abcdef"));
    Path recent = Files.createDirectories(cache.resolve("runs").resolve("fedcba9876543210"));
    Files.write(old.resolve("index.bin"), new byte[] {1});
    Files.write(recent.resolve("index.bin"), new byte[] {1});
    Files.setLastModifiedTime(old.resolve("index.bin"), FileTime.from(Instant.now().minus(15, ChronoUnit.DAYS)));
    Files.setLastModifiedTime(recent.resolve("index.bin"), FileTime.from(Instant.now().minus(13, ChronoUnit.DAYS)));
    pipeline.check(options().withCache(cache));
    assertThat(old).doesNotExist();
    assertThat(recent.resolve("index.bin")).exists();
  }

  @Test
  void orphanedMemoFilesAreDeletedOnceOldButLookedForAtMostEveryFiveMinutes() throws IOException {
    pipeline.check(options().withCache(cache)); // the first save sweeps
    Path dir = memoFile("index").getParent();
    Path old = dir.resolve("segment-00000000000000aa-1-1.bin");
    Path young = dir.resolve("segment-00000000000000bb-1-1.bin");
    Files.write(old, new byte[] {1});
    Files.write(young, new byte[] {1});
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    Files.writeString(corpus.resolve("20_wire_poland.txt"), "Poland's defence budget for 2024 was $30 billion.\n");
    ageEveryFile();
    pipeline.check(options().withCache(cache));
    assertThat(old).as("swept less than five minutes ago").exists();

    // the last sweep six minutes back: the index says when it was (it carries a CRC-32C of its payload)
    Path indexFile = dir.resolve("index.bin");
    RunMemo.Index index = RecordCodec.decode(Files.readAllBytes(indexFile), 8, RunMemo.Index.class);
    RunMemo.Index earlier = new RunMemo.Index(index.formatVersion(), index.context(), index.written(), index.files(),
        index.segments(), index.judged(), index.swept() - 6 * 60 * 1_000_000_000L);
    byte[] payload = RecordCodec.encode(earlier, RunMemo.Index.class);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(payload);
    java.nio.ByteBuffer file = java.nio.ByteBuffer.allocate(8 + payload.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    Files.write(indexFile, file.putLong(crc.getValue()).put(payload).array());
    Files.writeString(corpus.resolve("21_wire_poland.txt"), "Poland's defence budget for 2025 was $35 billion.\n");
    CheckResult r = pipeline.check(options().withCache(cache));
    assertThat(r.reuse().filesReused()).as("the edited index was taken").isEqualTo(14);
    assertThat(old).as("older than ten minutes, named by no index").doesNotExist();
    assertThat(young).as("may be another run's").exists();
  }

  private Path memoFile(String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(cache.resolve("runs"))) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }
  }
}
