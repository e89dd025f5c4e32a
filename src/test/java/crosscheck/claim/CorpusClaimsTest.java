package crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ingest.Document;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The written corpus (fixtures/corpus) against fixtures/corpus/expected-claims.yaml: every number
 * and assertion a careful reader takes out, except the entries marked {@code gap}, which say what
 * the extractor still misses. Quantities are fed at the listed surfaces.
 */
class CorpusClaimsTest {
  private static final Path DIR = Path.of("fixtures/corpus");
  private static final RuleSet RULES = RuleSet.bundled();
  private static final Map<String, Document> DOCS = Seeds.load(DIR, "documents");
  private static final JsonNode EXPECTED = read();

  private static JsonNode read() {
    return YAMLMapper.builder().build().readTree(DIR.resolve("expected-claims.yaml").toFile());
  }

  /** One expected entry with its document. */
  record Entry(String doc, JsonNode node) {
    String get(String key) {
      JsonNode v = node.get(key);
      return v == null || v.isNull() ? null : v.asString();
    }

    @Override
    public String toString() {
      return doc.substring(0, 2)
          + " "
          + (node.has("surface")
              ? get("surface")
              : get("agent")
                  + " "
                  + get("predicate")
                  + " "
                  + get("object")
                  + " "
                  + get("polarity"));
    }
  }

  private static Stream<Entry> entries(String section) {
    List<Entry> out = new ArrayList<>();
    EXPECTED
        .get(section)
        .properties()
        .forEach(e -> e.getValue().forEach(n -> out.add(new Entry(e.getKey(), n))));
    return out.stream();
  }

  static Stream<Entry> numbers() {
    return entries("numbers").filter(e -> !e.node.has("gap"));
  }

  static Stream<Entry> assertions() {
    return entries("assertions").filter(e -> !e.node.has("gap"));
  }

  private static int offset(String text, JsonNode n) {
    String after = n.has("after") ? n.get("after").asString() : null;
    return after == null ? 0 : text.indexOf(after) + after.length();
  }

  private static List<Claim> claims(String doc) {
    String text = DOCS.get(doc).text();
    List<Quantity> qs = new ArrayList<>();
    EXPECTED
        .get("numbers")
        .path(doc)
        .forEach(
            n -> qs.add(TestQuantities.at(text, n.get("surface").asString(), offset(text, n))));
    EXPECTED
        .get("trivial")
        .forEach(
            n -> {
              if (n.get("doc").asString().equals(doc)) {
                qs.add(TestQuantities.at(text, n.get("surface").asString(), offset(text, n)));
              }
            });
    return ClaimHarness.claims(RULES, DOCS.get(doc), qs);
  }

  private static Claim claimAt(String doc, JsonNode n) {
    String text = DOCS.get(doc).text();
    int start = text.indexOf(n.get("surface").asString(), offset(text, n));
    return claims(doc).stream()
        .filter(
            c -> c.kind() == Claim.Kind.QUANTITY && c.start() == start && c.derivedFrom().isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim at " + n));
  }

  @Test
  void corpusHasAtLeastTenArticlesFromSeveralOutlets() {
    assertThat(DOCS).hasSizeGreaterThanOrEqualTo(10);
    assertThat(DOCS.values().stream().map(d -> d.source().value()).distinct().count())
        .isGreaterThanOrEqualTo(5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbers")
  void numberBecomesTheExpectedClaim(Entry e) {
    Claim c = claimAt(e.doc, e.node);
    assertThat(c.subject()).as("subject").isEqualTo(e.get("subject"));
    assertThat(c.metric()).as("metric").isEqualTo(e.get("metric"));
    assertThat(c.scope()).as("scope").isEqualTo(e.get("scope"));
    assertThat(c.time()).as("time").isEqualTo(e.get("time"));
    assertThat(c.attribution()).as("attribution").isEqualTo(e.get("attribution"));
    assertThat(c.modality().id())
        .as("modality")
        .isEqualTo(Objects.requireNonNullElse(e.get("modality"), "asserted"));
    assertThat(c.polarity().id())
        .as("polarity")
        .isEqualTo(Objects.requireNonNullElse(e.get("polarity"), "affirmed"));
    assertThat(c.checkWorthy()).as("worth checking").isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("assertions")
  void assertionIsFoundWithItsStanceAndSource(Entry e) {
    List<String> found =
        claims(e.doc).stream()
            .filter(c -> c.kind() == Claim.Kind.ASSERTION)
            .map(
                c ->
                    line(
                        c.assertion().agent(),
                        c.assertion().predicate(),
                        c.assertion().object(),
                        c.assertion().objectClass(),
                        c.assertion().recipient(),
                        c.polarity().id(),
                        c.attribution()))
            .toList();
    String want =
        line(
            e.get("agent"),
            e.get("predicate"),
            e.get("object"),
            e.get("objectClass"),
            e.get("recipient"),
            e.get("polarity"),
            e.get("attribution"));
    assertThat(found).contains(want);
  }

  private static String line(String... parts) {
    return String.join(" | ", Stream.of(parts).map(p -> p == null ? "-" : p).toList());
  }

  @Test
  void trivialCountsAreNotWorthChecking() {
    EXPECTED
        .get("trivial")
        .forEach(
            n -> {
              Claim c = claimAt(n.get("doc").asString(), n);
              assertThat(c.checkWorthy()).as(n.toString()).isFalse();
            });
  }

  @Test
  void everyGapSaysWhatIsMissing() {
    Stream.of("numbers", "assertions")
        .flatMap(CorpusClaimsTest::entries)
        .filter(e -> e.node.has("gap"))
        .forEach(e -> assertThat(e.get("gap")).as(e.toString()).hasSizeGreaterThan(20));
  }

  @Test
  void notAssertionsAreNotAsserted() {
    EXPECTED
        .get("not_assertions")
        .forEach(
            n -> {
              List<Claim> found =
                  claims(n.get("doc").asString()).stream()
                      .filter(c -> c.kind() == Claim.Kind.ASSERTION)
                      .filter(
                          c ->
                              n.get("agent").asString().equals(c.assertion().agent())
                                  && n.get("predicate").asString().equals(c.assertion().predicate())
                                  && n.get("objectClass")
                                      .asString()
                                      .equals(c.assertion().objectClass())
                                  && n.get("polarity").asString().equals(c.polarity().id()))
                      .toList();
              assertThat(found).as(n.get("why").asString()).isEmpty();
            });
  }

  @Test
  void syndicatedCopyGivesTheSameClaimsAsTheWire() {
    List<String> wire =
        claims("01_meridian_nato_spending.txt").stream()
            .filter(c -> c.quantity() != null)
            .filter(
                c ->
                    !c.quantity().surface().startsWith("23")
                        && !c.quantity().surface().startsWith("2%"))
            .map(c -> c.subject() + " " + c.metric() + " " + c.time() + " " + c.quantity().point())
            .toList();
    List<String> copy =
        claims("02_harbour_nato_spending.txt").stream()
            .filter(c -> c.quantity() != null)
            .map(c -> c.subject() + " " + c.metric() + " " + c.time() + " " + c.quantity().point())
            .toList();
    assertThat(copy).isEqualTo(wire);
  }
}
