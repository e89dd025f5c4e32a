package crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ingest.Document;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimExtractorTest {
  private static final RuleSet RULES = RuleSet.bundled();

  private static List<Claim> claims(RuleSet rules, Document d, String... surfaces) {
    List<Quantity> qs =
        java.util.Arrays.stream(surfaces).map(s -> TestQuantities.at(d.text(), s)).toList();
    return ClaimHarness.claims(rules, d, qs);
  }

  @Test
  void aUserAddsAnEntityWithARuleFileAndNoJava(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("entities.yaml"),
        """
        description: local additions
        rules:
          - id: BELARUS
            description: Belarus and its government.
            name: Belarus
            aliases: [Belarus, Belarusian, Minsk]
            examples:
              - {text: "Minsk said on Monday", span: Minsk, expect: Belarus}
              - {text: "Moscow said on Monday", fires: false}
        """);
    Document d = ClaimHarness.document("Minsk has sent 1,000 troops to the border.");
    assertThat(claims(RuleSet.withOverrides(dir), d, "1,000 troops"))
        .filteredOn(c -> c.quantity() != null)
        .singleElement()
        .satisfies(c -> assertThat(c.subject()).isEqualTo("Belarus"));
    assertThat(claims(RULES, d, "1,000 troops"))
        .filteredOn(c -> c.quantity() != null)
        .singleElement()
        .satisfies(c -> assertThat(c.subject()).isNull());
  }

  @Test
  void relativeTimeIsNullWhenThePublicationDateIsUnknown() {
    String text = "Russia's exports of oil reached $52 billion last year.";
    Document known = ClaimHarness.document("a", text, "Wire", "2024-05-01");
    Document unknown = ClaimHarness.document("b", text, null, null);
    assertThat(claims(RULES, known, "$52 billion").get(0).time()).isEqualTo("2023");
    Claim c = claims(RULES, unknown, "$52 billion").get(0);
    assertThat(c.time()).isNull();
    assertThat(c.attribution()).isEqualTo(Attributions.OUTLET);
  }

  @Test
  void aNumberUnderNegationIsNegated() {
    Document d = ClaimHarness.document("Officials said Russia has not lost 200,000 soldiers.");
    assertThat(claims(RULES, d, "200,000 soldiers").get(0).polarity()).isEqualTo(Polarity.NEGATED);
  }

  @Test
  void aQuestionIsNotAnAssertion() {
    Document d = ClaimHarness.document("Has China sent 600 soldiers to Russia?");
    assertThat(claims(RULES, d, "600 soldiers"))
        .allSatisfy(c -> assertThat(c.modality()).isEqualTo(Modality.QUESTION));
  }

  @Test
  void extractionGivesTheSameClaimsOnManyThreads() {
    List<Document> docs =
        Seeds.load(Path.of("fixtures/corpus"), "documents").values().stream().toList();
    ClaimExtractor x = new ClaimExtractor(RULES, ClaimBench::digits);
    List<List<Claim>> once = docs.stream().map(x::extract).toList();
    List<List<List<Claim>>> parallel =
        IntStream.range(0, 8)
            .parallel()
            .mapToObj(i -> docs.parallelStream().map(x::extract).toList())
            .toList();
    assertThat(parallel).allSatisfy(p -> assertThat(p).isEqualTo(once));
    assertThat(once.stream().mapToInt(List::size).sum()).isGreaterThan(50);
  }
}
