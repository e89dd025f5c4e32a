package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ingest section of the seeds' expected.yaml: what a careful reader drops or mends. */
class SeedIngestTest {
  private static final Path SEEDS = Path.of("fixtures/seeds");
  private static final Document SEED_001 = Ingest.one(SEEDS.resolve("001_6a370937ff382b5f.txt"));
  private static final Document SEED_000 = Ingest.one(SEEDS.resolve("000_dbd79e22ba8e6035.txt"));

  @Test
  void seed001GbkMojibakeIsRepairedToTheIntendedQuotes() {
    assertThat(SEED_001.text())
        .contains("China\u2019s military cooperation", "\u201cChina\u2019s relations with Russia",
            "two countries\u2019 armed forces", "dual-use goods\u201d to Russia", "readiness for war,\u201d an")
        .doesNotContain("\u9225", "\u6AA5", "\u6DD0");
    assertThat(SEED_001.repairs()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo("mojibake");
      assertThat(r.detail()).contains("GBK");
    });
  }

  @Test
  void seed001BoilerplateIsRemovedAndKeptForTheReviewer() {
    assertThat(SEED_001.text()).doesNotContain("Get breaking news", "All Rights Reserved", "Log in to your",
        "JJ Green is", "two podcasts", "J.J. Green", "Network Logo");
    assertThat(SEED_001.removed()).extracting(Removed::rule)
        .contains("NEWSLETTER_PROMPT", "COPYRIGHT_LINE", "AUTHOR_BIO", "LOGIN_PROMPT", "TRAILING_BYLINE");
    assertThat(SEED_001.text()).endsWith("continuing its war in Ukraine.");
  }

  @Test
  void seed001SpamThatReplacedTheOutletIsNeitherTextNorOutlet() {
    assertThat(SEED_001.text()).doesNotContain("\u6B27\u7F8E").startsWith("Analysis: The impact of China\u2019s");
    assertThat(SEED_001.removed()).first().isEqualTo(new Removed("SPAM_FOREIGN_SCRIPT_LINE", "91\u6B27\u7F8E\u6FC0\u60C5"));
    assertThat(SEED_001.source()).isEqualTo(new Field("WTOP", "manifest"));
  }

  @Test
  void seed001WithoutManifestTakesTheYearFromTheFooterButNotTheSpamAsOutlet(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path copy = tmp.resolve("001.txt");
    java.nio.file.Files.copy(SEEDS.resolve("001_6a370937ff382b5f.txt"), copy);
    Document d = Ingest.one(copy);
    assertThat(d.published()).isEqualTo(new Field("2025", "text"));
    assertThat(d.source()).isEqualTo(Field.UNKNOWN);
  }

  @Test
  void seed000BylineParagraphIsNotArticleText() {
    assertThat(SEED_000.text()).doesNotContain("Con Coughlin is").endsWith("the ability to win.\"");
    assertThat(SEED_000.removed()).extracting(Removed::rule).containsExactly("AUTHOR_BIO");
  }

  @Test
  void cleanSeedsLoseNothing() {
    for (String name : List.of("002_916a2b84a0e86218.txt", "003_668af276d21bc4e5.txt", "004_a74d599b4b05ab5e.txt")) {
      Document d = Ingest.one(SEEDS.resolve(name));
      assertThat(d.removed()).as(name).isEmpty();
      assertThat(d.repairs()).as(name).isEmpty();
    }
  }

  @Test
  void seedManifestGivesOutletAndDateWithOriginAndUnknownStaysUnknown() {
    Document d3 = Ingest.one(SEEDS.resolve("003_668af276d21bc4e5.txt"));
    assertThat(d3.source()).isEqualTo(Field.UNKNOWN);
    assertThat(d3.published()).isEqualTo(new Field("2024-05", "manifest"));
    Document d2 = Ingest.one(SEEDS.resolve("002_916a2b84a0e86218.txt"));
    assertThat(d2.source()).isEqualTo(new Field("The Epoch Times", "manifest"));
  }

  @Test
  void idIsTheShortSha256OfTheRawBytes() throws Exception {
    byte[] raw = java.nio.file.Files.readAllBytes(SEEDS.resolve("001_6a370937ff382b5f.txt"));
    String sha = crosscheck.ruleset.Hashes.sha256(raw);
    assertThat(SEED_001.sha256()).isEqualTo(sha);
    assertThat(SEED_001.id()).isEqualTo(sha.substring(0, 16)).hasSize(16);
  }
}
