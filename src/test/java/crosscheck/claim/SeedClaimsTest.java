package crosscheck.claim;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ingest.Document;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeds' numeric_claims and factual_assertions (fixtures/seeds/expected.yaml) in this stage's
 * ids. Quantities are fed from the expected surfaces located in the text, so the claim logic is
 * tested without the quantity engine; {@link #engineGivesTheSameNumericClaims} is the true
 * end-to-end variant, to enable once the engine is merged.
 */
class SeedClaimsTest {
  private static final RuleSet RULES = RuleSet.bundled();
  private static final Map<String, Document> DOCS = Seeds.load();
  private static final String D0 = "000_dbd79e22ba8e6035.txt";
  private static final String D1 = "001_6a370937ff382b5f.txt";
  private static final String D2 = "002_916a2b84a0e86218.txt";
  private static final String D3 = "003_668af276d21bc4e5.txt";
  private static final String D4 = "004_a74d599b4b05ab5e.txt";

  /** One expected numeric claim: the number's surface and what the claim must say. */
  record Expected(
      String doc,
      String surface,
      String subject,
      String metric,
      String scope,
      String time,
      String attribution,
      Modality modality) {
    @Override
    public String toString() {
      return doc.substring(0, 3) + " " + surface;
    }
  }

  static Stream<Expected> numericClaims() {
    return Stream.of(
        new Expected(
            D0,
            "an estimated 200,000 men",
            "Russia",
            "personnel-losses",
            null,
            "2023-02",
            "Gatestone Institute",
            Modality.ESTIMATE),
        new Expected(
            D0,
            "around 90 percent",
            "Russia",
            "equipment-losses",
            "heavy armour",
            "2023-02",
            "Gatestone Institute",
            Modality.ESTIMATE),
        new Expected(
            D0,
            "around 50 percent",
            "Russia",
            "equipment-losses",
            "tank fleet",
            "2023-02",
            "Gatestone Institute",
            Modality.ESTIMATE),
        new Expected(
            D0,
            "between 35 and 50 kilograms",
            "Russia",
            "warhead-weight",
            null,
            null,
            "reports say",
            Modality.FORECAST),
        new Expected(
            D0,
            "1.7 percent",
            "World",
            "defence-spending-change",
            null,
            "2021",
            "Gatestone Institute",
            Modality.ASSERTED),
        new Expected(
            D0,
            "3.2 percent",
            "US",
            "defence-budget-change",
            null,
            "2024",
            "Gatestone Institute",
            Modality.ASSERTED),
        new Expected(
            D0,
            "6 percent",
            "US",
            "inflation",
            null,
            null,
            "Gatestone Institute",
            Modality.ASSERTED),
        new Expected(
            D0,
            "5.1 percent",
            "China",
            "defence-spending-change",
            null,
            null,
            "Gatestone Institute",
            Modality.ASSERTED),
        new Expected(
            D0,
            "$293 billion",
            "China",
            "defence-spending",
            null,
            null,
            "Gatestone Institute",
            Modality.ASSERTED),
        new Expected(
            D0,
            "$7 billion",
            "China",
            "arms-deal",
            null,
            "2015",
            "Gatestone Institute",
            Modality.ASSERTED),
        new Expected(
            D1,
            "more than $300 million",
            "China",
            "exports",
            "dual-use goods",
            null,
            "public data",
            Modality.ASSERTED),
        new Expected(D1, "one third", "China", "exports", "total", null, "WTOP", Modality.ASSERTED),
        new Expected(
            D2,
            "around 600 military personnel",
            "China",
            "personnel-deployed",
            "training",
            "2025-06",
            "latest confidential information disclosed by Ukraine",
            Modality.ASSERTED),
        new Expected(
            D2,
            "over three years",
            "Russia",
            "war-duration",
            null,
            null,
            "The Epoch Times",
            Modality.ASSERTED),
        new Expected(
            D2,
            "2%",
            "NATO",
            "defence-spending-gdp",
            "target",
            "2025-06",
            "The Epoch Times",
            Modality.ASSERTED),
        new Expected(
            D2,
            "5%",
            "NATO",
            "defence-spending-gdp",
            "target",
            null,
            "The Epoch Times",
            Modality.FORECAST));
  }

  /** Every expected surface of a document, plus the trivial counts and repeats a reader sees. */
  private static List<Quantity> quantities(String doc) {
    String text = DOCS.get(doc).text();
    List<Quantity> qs = new ArrayList<>();
    numericClaims()
        .filter(e -> e.doc.equals(doc))
        .forEach(e -> qs.add(TestQuantities.at(text, e.surface)));
    for (String trivial :
        List.of(
            "two podcasts",
            "three dimensions",
            "two core considerations",
            "two autocratic allies")) {
      int at = text.indexOf(trivial);
      if (at >= 0) {
        qs.add(TestQuantities.parse(trivial.substring(0, trivial.indexOf(' ')), at, null));
      }
    }
    if (doc.equals(D2)) {
      int first = text.indexOf("around 600 military personnel") + 10;
      qs.add(
          TestQuantities.at(
              text, "600 military personnel", text.indexOf("600 military personnel", first)));
      qs.add(
          TestQuantities.at(
              text, "600 military personnel", text.indexOf("the 600 military personnel") + 4));
      qs.add(TestQuantities.at(text, "600 individuals"));
    }
    return qs;
  }

  private static List<Claim> claims(String doc) {
    return ClaimHarness.claims(RULES, DOCS.get(doc), quantities(doc));
  }

  private static Claim numberAt(List<Claim> claims, Document doc, String surface) {
    int start = doc.text().indexOf(surface);
    return claims.stream()
        .filter(c -> c.kind() == Claim.Kind.QUANTITY && c.derivedFrom().isEmpty())
        .filter(
            c ->
                c.start() <= start && c.end() > start
                    || c.start() >= start && c.start() < start + surface.length())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim for '" + surface + "'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numericClaims")
  void numericClaimHasSubjectMetricTimeAndAttribution(Expected e) {
    Claim c = numberAt(claims(e.doc), DOCS.get(e.doc), e.surface);
    assertThat(c.subject()).as("subject").isEqualTo(e.subject);
    assertThat(c.metric()).as("metric").isEqualTo(e.metric);
    assertThat(c.scope()).as("scope").isEqualTo(e.scope);
    assertThat(c.time()).as("time").isEqualTo(e.time);
    assertThat(c.attribution()).as("attribution").isEqualTo(e.attribution);
    assertThat(c.modality()).as("modality").isEqualTo(e.modality);
    assertThat(c.polarity()).isEqualTo(Polarity.AFFIRMED);
    assertThat(c.checkWorthy()).isTrue();
  }

  @Test
  void claimIdsHashTheDocumentAndSpanAndClaimsComeInTextOrder() {
    Document d = DOCS.get(D0);
    List<Claim> claims = claims(D0);
    Claim c = numberAt(claims, d, "$293 billion");
    assertThat(c.id())
        .isEqualTo(
            crosscheck.ruleset.Hashes.shortId(d.sha256() + ":" + c.start() + ":" + c.end(), 16));
    assertThat(claims).extracting(Claim::start).isSorted();
    assertThat(claims).extracting(Claim::id).doesNotHaveDuplicates();
  }

  @Test
  void theRepeated600PersonnelIsOneClaimWithItsMentions() {
    List<Claim> claims = claims(D2);
    Claim c = numberAt(claims, DOCS.get(D2), "around 600 military personnel");
    assertThat(c.mentions())
        .extracting(Mention::surface)
        .contains("600 individuals", "600 military personnel");
    assertThat(c.mentions()).as(claims.toString()).hasSize(3);
    assertThat(
            claims.stream()
                .filter(
                    x -> x.quantity() != null && Double.valueOf(600).equals(x.quantity().point())))
        .hasSize(1);
  }

  @Test
  void oneThirdOfTotalExportsDerivesAboutNineHundredMillionAMonth() {
    List<Claim> claims = claims(D1);
    Document d = DOCS.get(D1);
    Claim part = numberAt(claims, d, "more than $300 million");
    Claim share = numberAt(claims, d, "one third");
    Claim derived =
        claims.stream().filter(c -> !c.derivedFrom().isEmpty()).findFirst().orElseThrow();
    assertThat(derived.derivedFrom()).containsExactly(part.id(), share.id());
    assertThat(derived.id())
        .isEqualTo(crosscheck.ruleset.Hashes.shortId(part.id() + "+" + share.id(), 16));
    assertThat(derived.quantity().low()).isCloseTo(9.0e8, org.assertj.core.data.Offset.offset(1e6));
    assertThat(derived.quantity().bound()).isEqualTo(Bound.MORE_THAN);
    assertThat(derived.quantity().unit()).isEqualTo("USD");
    assertThat(derived.quantity().per()).isEqualTo("month");
    assertThat(derived.scope()).isEqualTo("total");
    assertThat(claims.indexOf(derived)).isEqualTo(claims.indexOf(share) + 1);
  }

  @Test
  void trivialCountsAreKeptButNotWorthChecking() {
    for (String[] t :
        new String[][] {
          {D1, "two podcasts"},
          {D2, "three dimensions"},
          {D2, "two core considerations"},
          {D3, "two autocratic allies"}
        }) {
      Claim c = numberAt(claims(t[0]), DOCS.get(t[0]), t[1]);
      assertThat(c.checkWorthy()).as(t[1]).isFalse();
      assertThat(c.worthRule()).as(t[1]).isEqualTo("DISCOURSE_COUNT");
    }
  }

  // ---- factual assertions ----

  private static List<Claim> assertions(String doc) {
    return ClaimHarness.claims(RULES, DOCS.get(doc), List.of()).stream()
        .filter(c -> c.kind() == Claim.Kind.ASSERTION)
        .toList();
  }

  private static List<Claim> stance(String doc, String objectClass, Polarity polarity) {
    return assertions(doc).stream()
        .filter(
            c ->
                "China".equals(c.assertion().agent()) && c.assertion().predicate().equals("supply"))
        .filter(c -> c.assertion().objectClass().equals(objectClass) && c.polarity() == polarity)
        .toList();
  }

  @Test
  void weaponsToRussiaIsAffirmedByUsIntelligenceAndZelensky() {
    assertThat(stance(D4, "weapons", Polarity.AFFIRMED))
        .extracting(Claim::attribution)
        .contains("Declassified intelligence");
    assertThat(stance(D2, "weapons", Polarity.AFFIRMED))
        .anySatisfy(
            c -> {
              assertThat(c.attribution()).isEqualTo("Ukrainian President Zelensky");
              assertThat(c.assertion().recipient()).isEqualTo("Russia");
            });
  }

  @Test
  void weaponsToRussiaIsDeniedByFourSources() {
    assertThat(stance(D2, "weapons", Polarity.NEGATED))
        .extracting(Claim::attribution)
        .contains("Chinese Foreign Ministry spokesperson Guo Jiakun");
    assertThat(stance(D3, "weapons", Polarity.NEGATED))
        .extracting(Claim::attribution)
        .contains(Attributions.OUTLET);
    assertThat(stance(D1, "weapons", Polarity.NEGATED))
        .extracting(Claim::attribution)
        .contains("Eastern European intelligence official");
    assertThat(stance(D0, "weapons", Polarity.NEGATED))
        .anySatisfy(
            c -> {
              assertThat(c.attribution()).isEqualTo("Beijing");
              assertThat(c.derivedFrom()).hasSize(1);
            });
  }

  @Test
  void dronesDualUseExercisesAndPersonnelAreFoundWhereTheSeedsSayThem() {
    for (String d : List.of(D0, D2, D4)) {
      assertThat(stance(d, "drones", Polarity.AFFIRMED)).as(d).isNotEmpty();
    }
    for (String d : List.of(D1, D3, D4)) {
      assertThat(stance(d, "dual-use", Polarity.AFFIRMED)).as(d).isNotEmpty();
    }
    for (String d : List.of(D1, D3)) {
      assertThat(assertions(d))
          .as(d)
          .anySatisfy(
              c -> {
                assertThat(c.assertion().predicate()).isEqualTo("joint-exercise");
                assertThat(c.assertion().agent()).isEqualTo("China");
                assertThat(c.assertion().recipient()).isEqualTo("Russia");
              });
    }
    assertThat(assertions(D2))
        .anySatisfy(
            c ->
                assertThat(ClaimHarness.summary(c))
                    .isEqualTo(
                        "China | send-personnel | personnel | personnel | Russia | affirmed"));
  }

  @Test
  void engineGivesTheSameNumericClaims() {
    ClaimExtractor real = new ClaimExtractor(RULES);
    numericClaims()
        .forEach(
            e -> {
              Claim c = numberAt(real.extract(DOCS.get(e.doc)), DOCS.get(e.doc), e.surface);
              assertThat(c.subject()).as(e + " subject").isEqualTo(e.subject);
              assertThat(c.metric()).as(e + " metric").isEqualTo(e.metric);
              assertThat(c.time()).as(e + " time").isEqualTo(e.time);
              assertThat(c.attribution()).as(e + " attribution").isEqualTo(e.attribution);
            });
  }
}
