package crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.claim.Assertion;
import crosscheck.claim.Claim;
import crosscheck.claim.Mention;
import crosscheck.claim.Modality;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import crosscheck.ingest.IngestOptions;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Change;
import crosscheck.quantity.Quantity;
import crosscheck.report.ReportJson;
import crosscheck.ruleset.Hashes;
import crosscheck.verdict.FailOn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimCacheTest {
  @TempDir Path tmp;
  Path corpus;
  Path cache;

  @BeforeEach
  void corpus() throws IOException {
    corpus = Files.createDirectories(tmp.resolve("corpus"));
    cache = tmp.resolve("cache");
    for (int i = 0; i < 12; i++) {
      Files.writeString(corpus.resolve("a" + i + ".txt"),
          "Article " + i + "\nlosses = " + (1000 + i % 3) + ".5\nbudget = 296.2\n");
    }
  }

  CheckOptions options(int threads) {
    return new CheckOptions(List.of(corpus), IngestOptions.defaults(), threads, FailOn.CONFLICT);
  }

  byte[] reportBytes(CheckResult r) {
    return new ReportJson().render(r.report());
  }

  @Test
  void cachedRunsGiveByteIdenticalReportsToAnUncachedRunWhateverTheThreads() {
    LineStages stages = new LineStages();
    Pipeline p = stages.pipeline();
    byte[] uncached = reportBytes(p.check(options(1)));
    byte[] cold = reportBytes(p.check(options(4).withCache(cache)));
    byte[] warm = reportBytes(p.check(options(3).withCache(cache)));
    assertThat(new String(uncached, StandardCharsets.UTF_8)).contains("\"point\" : 1000.5");
    assertThat(cold).isEqualTo(uncached);
    assertThat(warm).isEqualTo(uncached);
  }

  @Test
  void aRerunWithNothingChangedExtractsNothing() {
    LineStages stages = new LineStages();
    Pipeline p = stages.pipeline();
    CheckResult first = p.check(options(2).withCache(cache));
    assertThat(first.cache().misses()).isEqualTo(12);
    stages.extractions.set(0);
    CheckResult second = p.check(options(2).withCache(cache));
    assertThat(stages.extractions.get()).isZero();
    assertThat(second.cache().hits()).isEqualTo(12);
    assertThat(second.cache().misses()).isZero();
  }

  @Test
  void addingDocumentsExtractsOnlyTheNewOnes() throws IOException {
    LineStages stages = new LineStages();
    Pipeline p = stages.pipeline();
    p.check(options(2).withCache(cache));
    Files.writeString(corpus.resolve("new1.txt"), "losses = 2000\n");
    Files.writeString(corpus.resolve("new2.txt"), "budget = 300\n");
    Files.writeString(corpus.resolve("a3.txt"), "Article 3, corrected\nlosses = 1000.5\n");
    stages.extractions.set(0);
    CheckResult r = p.check(options(2).withCache(cache));
    assertThat(stages.extractions.get()).isEqualTo(3);
    assertThat(r.cache().hits()).isEqualTo(11);
    assertThat(r.cache().misses()).isEqualTo(3);
  }

  @Test
  void aChangedRulesFingerprintOrToolVersionInvalidatesEveryEntry() {
    LineStages stages = new LineStages();
    Document d = doc("losses = 5\n");
    new ClaimCache(cache, "rules-a", "1.0").claims(d, stages::extract);
    assertThat(stages.extractions.get()).isEqualTo(1);
    ClaimCache same = new ClaimCache(cache, "rules-a", "1.0");
    same.claims(d, stages::extract);
    assertThat(same.stats().hits()).isEqualTo(1);
    ClaimCache otherRules = new ClaimCache(cache, "rules-b", "1.0");
    otherRules.claims(d, stages::extract);
    ClaimCache otherVersion = new ClaimCache(cache, "rules-a", "1.1");
    otherVersion.claims(d, stages::extract);
    assertThat(otherRules.stats().misses()).isEqualTo(1);
    assertThat(otherVersion.stats().misses()).isEqualTo(1);
    assertThat(stages.extractions.get()).isEqualTo(3);
  }

  @Test
  void aDocumentWithOtherMetadataIsAMissEvenWithTheSameBytes() {
    LineStages stages = new LineStages();
    Document d = doc("losses = 5\n");
    Document relabelled = new Document(d.id(), d.path(), Field.of("Reuters", "manifest"), d.title(),
        d.published(), d.url(), d.language(), d.text(), d.sha256(), d.repairs(), d.removed());
    ClaimCache c = new ClaimCache(cache, "r", "v");
    c.claims(d, stages::extract);
    c.claims(relabelled, stages::extract);
    assertThat(c.stats().misses()).isEqualTo(2);
  }

  @Test
  void aTruncatedEntryIsDetectedNotedAndRebuilt() throws IOException {
    LineStages stages = new LineStages();
    Document d = doc("losses = 5\nbudget = 7\n");
    List<Claim> fresh = new ClaimCache(cache, "r", "v").claims(d, stages::extract);
    Path entry = onlyEntry();
    byte[] bytes = Files.readAllBytes(entry);
    Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    ClaimCache again = new ClaimCache(cache, "r", "v");
    assertThat(again.claims(d, stages::extract)).isEqualTo(fresh);
    assertThat(again.stats().rebuilt()).isEqualTo(1);
    assertThat(again.stats().notes()).singleElement().asString().contains("not valid JSON", "rebuilt");
    ClaimCache third = new ClaimCache(cache, "r", "v");
    third.claims(d, stages::extract);
    assertThat(third.stats().hits()).as("the rebuilt entry is good").isEqualTo(1);
  }

  @Test
  void anAlteredValueInsideAnEntryFailsTheChecksum() throws IOException {
    LineStages stages = new LineStages();
    Document d = doc("losses = 5\n");
    List<Claim> fresh = new ClaimCache(cache, "r", "v").claims(d, stages::extract);
    Path entry = onlyEntry();
    String text = Files.readString(entry);
    assertThat(text).contains("\"point\":5.0");
    Files.writeString(entry, text.replace("\"point\":5.0", "\"point\":6.0"));
    ClaimCache again = new ClaimCache(cache, "r", "v");
    assertThat(again.claims(d, stages::extract)).isEqualTo(fresh);
    assertThat(again.stats().notes()).singleElement().asString().contains("checksum mismatch");
  }

  @Test
  void everyClaimShapeRoundTripsThroughTheCache() {
    Quantity range = new Quantity("between 35 and 50 kilograms", 10, 37, null, 35.0, 50.0, true, true,
        1.0, Bound.RANGE, false, "kg", "mass", null, Change.values()[0]);
    Claim quantity = new Claim("c1", "d1", "It weighs between 35 and 50 kilograms.", 10, 37,
        Claim.Kind.QUANTITY, "shell", "mass", "2024", "heavy", "Kyiv Post", Modality.ESTIMATE,
        Polarity.AFFIRMED, range, null, true, "WORTH_X", List.of(new Mention(50, 60, "50 kg")), List.of());
    Claim assertion = new Claim("c2", "d1", "China has never provided weapons.", 40, 70,
        Claim.Kind.ASSERTION, "china", null, null, null, "Beijing", Modality.ASSERTED, Polarity.NEGATED,
        null, new Assertion("china", "supply", "weapons", "weapons", "russia"), false, null, List.of(), List.of("c1"));
    List<Claim> claims = List.of(quantity, assertion);
    ClaimCache writer = new ClaimCache(cache, "r", "v");
    writer.claims(doc("x"), d -> claims);
    ClaimCache reader = new ClaimCache(cache, "r", "v");
    assertThat(reader.claims(doc("x"), d -> List.of())).isEqualTo(claims);
    assertThat(reader.stats().hits()).isEqualTo(1);
  }

  @Test
  void twoPipelinesSharingOneCacheAtOnceLeaveItConsistent() throws Exception {
    byte[] expected = reportBytes(new LineStages().pipeline().check(options(1)));
    try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
      for (int round = 0; round < 3; round++) {
        List<Callable<byte[]>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          runs.add(() -> {
            CheckResult r = new LineStages().pipeline().check(options(2).withCache(cache));
            assertThat(r.cache().notes()).as("no write failed, no entry was seen half-written").isEmpty();
            return reportBytes(r);
          });
        }
        for (Future<byte[]> f : pool.invokeAll(runs)) {
          assertThat(f.get()).isEqualTo(expected);
        }
      }
    }
    CheckResult after = new LineStages().pipeline().check(options(2).withCache(cache));
    assertThat(after.cache().hits()).isEqualTo(12);
    assertThat(after.cache().rebuilt()).isZero();
    try (Stream<Path> files = Files.walk(cache)) {
      assertThat(files.filter(f -> f.toString().endsWith(".tmp"))).as("no temp files left").isEmpty();
    }
  }

  @Test
  void aCacheInsideTheCorpusIsNeverReadAsArticles() {
    Path inside = corpus.resolve(".crosscheck").resolve("cache");
    LineStages stages = new LineStages();
    stages.pipeline().check(options(1).withCache(inside));
    CheckResult again = stages.pipeline().check(options(1).withCache(inside));
    assertThat(again.report().summary().documents()).isEqualTo(12);
    assertThat(again.cache().hits()).isEqualTo(12);
    assertThat(stages.pipeline().check(options(1)).report().summary().documents())
        .as("nor by an uncached run").isEqualTo(12);
  }

  @Test
  void theDefaultCacheSitsBesideTheFirstPath() {
    assertThat(CheckOptions.defaultCacheDir(List.of(corpus)))
        .isEqualTo(tmp.toAbsolutePath().resolve(".crosscheck").resolve("cache"));
  }

  @Test
  void entriesUnusedForTwoWeeksArePrunedAtMostOnceADayAndTheRunMemoIsLeftAlone() throws IOException {
    ClaimCache c = new ClaimCache(cache, "rules", "1.0");
    c.claims(doc("old text"), d -> List.of());
    c.claims(doc("recent text"), d -> List.of());
    Path old = c.dir().resolve(c.key(doc("old text")).substring(0, 2)).resolve(c.key(doc("old text")) + ".json");
    Path recent = c.dir().resolve(c.key(doc("recent text")).substring(0, 2)).resolve(c.key(doc("recent text")) + ".json");
    Path memo = Files.createDirectories(cache.resolve("runs").resolve("0123456789abcdef")).resolve("index.bin");
    Files.write(memo, new byte[] {1});
    FileTime fifteenDaysAgo = FileTime.from(Instant.now().minus(15, ChronoUnit.DAYS));
    Files.setLastModifiedTime(old, fifteenDaysAgo);
    Files.setLastModifiedTime(memo, fifteenDaysAgo);

    assertThat(c.pruneStale()).as("a cache without a marker is first looked at a day later").isZero();
    assertThat(old).exists();
    Files.setLastModifiedTime(cache.resolve(ClaimCache.PRUNED), FileTime.from(Instant.now().minus(2, ChronoUnit.DAYS)));
    assertThat(c.pruneStale()).isEqualTo(1);
    assertThat(old).doesNotExist();
    assertThat(recent).exists();
    assertThat(memo).as("the run memo prunes itself").exists();

    Files.setLastModifiedTime(recent, fifteenDaysAgo);
    assertThat(c.pruneStale()).as("pruned less than a day ago").isZero();
    assertThat(recent).exists();
  }

  @Test
  void readingAnOldEntryMarksItInUse() throws IOException {
    ClaimCache c = new ClaimCache(cache, "rules", "1.0");
    c.claims(doc("text"), d -> List.of());
    Path entry = onlyEntry();
    Files.setLastModifiedTime(entry, FileTime.from(Instant.now().minus(10, ChronoUnit.DAYS)));
    c.claims(doc("text"), d -> {
      throw new AssertionError("a hit");
    });
    assertThat(Files.getLastModifiedTime(entry).toInstant()).isAfter(Instant.now().minus(1, ChronoUnit.DAYS));
  }

  private Path onlyEntry() throws IOException {
    try (Stream<Path> files = Files.walk(cache)) {
      return files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
    }
  }

  private static Document doc(String text) {
    String sha = Hashes.sha256(text);
    return new Document(sha.substring(0, 16), "mem/" + sha.substring(0, 8) + ".txt", Field.UNKNOWN,
        Field.UNKNOWN, Field.UNKNOWN, Field.UNKNOWN, "en", text, sha, List.of(), List.of());
  }
}
