package crosscheck.peers;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.quantity.Bound;
import crosscheck.quantity.Quantity;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The harness must score right answers as passes and wrong ones as failures, or its rates mean nothing. */
class PeerScorerTest {
  private static final UnitTable UNITS = UnitTable.load();
  private static final PeerScorer SCORER = new PeerScorer(UNITS);
  private static final List<PeerSuite> SUITES = PeerSuitesTest.suites(UNITS);

  @Test
  void anExtractorGivingTheExpectedAnswersPassesEveryInScopeCaseOfEveryFile() {
    for (PeerSuite suite : SUITES) {
      Score score = SCORER.score(suite, Oracle.of(suite, UNITS, v -> v));
      assertThat(score.failures()).as(suite.name()).isEmpty();
      assertThat(score.passed()).as(suite.name()).isEqualTo(score.inScope()).isPositive();
    }
  }

  @Test
  void anExtractorOnePercentOffPassesOnlyTheCasesThatExpectNothing() {
    for (PeerSuite suite : SUITES) {
      long negatives = suite.cases().stream().filter(c -> c.inScope() && c.expected().isEmpty()).count();
      Score score = SCORER.score(suite, Oracle.of(suite, UNITS, v -> v + Math.max(0.01, Math.abs(v) / 100)));
      assertThat(score.passed()).as(suite.name()).isEqualTo(negatives);
    }
  }

  @Test
  void anExtractorThatFindsNothingPassesOnlyTheCasesThatExpectNothing() {
    for (PeerSuite suite : SUITES) {
      long negatives = suite.cases().stream().filter(c -> c.inScope() && c.expected().isEmpty()).count();
      assertThat(SCORER.score(suite, text -> List.of()).passed()).as(suite.name()).isEqualTo(negatives);
    }
  }

  @Test
  void recognizersOffsetsAreReadAsSpansOfTheTextTheyName() {
    for (PeerSuite suite : SUITES.subList(0, 5)) {
      for (PeerCase c : suite.cases()) {
        for (Expected e : c.expected()) {
          assertThat(c.input().substring(e.start(), e.end()).toLowerCase(Locale.ROOT))
              .as(suite.name() + " #" + c.index()).isEqualTo(e.text());
        }
      }
    }
  }

  @Test
  void scopeRulesAndRefusalsLeaveTheExpectedCasesInPlay() {
    PeerSuite numbers = SUITES.get(0);
    PeerCase date = numbers.cases().stream().filter(c -> c.input().contains("5/17/2018")).findFirst().orElseThrow();
    assertThat(date.inScope()).isTrue();
    assertThat(date.expected()).as("numbers of a date are not quantities").isEmpty();
    assertThat(date.dropped()).isEqualTo(3);
    PeerCase power = numbers.cases().stream().filter(c -> c.input().equals("1e10")).findFirst().orElseThrow();
    assertThat(power.outOfScope()).startsWith("exponent notation");
    assertThat(power.dropped()).as("an out-of-scope case drops nothing").isZero();
  }

  @Test
  void aCurrencyAmountPassesOnlyWithTheRightCurrencyValueAndPlace() {
    PeerSuite dollars = only("CurrencyModel", "Hey, the cost is $4.25 and 32 is the quantity!");
    assertThat(passes(dollars, money("$4.25", 17, 4.25, "USD"))).isTrue();
    assertThat(passes(dollars, money("$4.25", 17, 4.25, "EUR"))).isFalse();
    assertThat(passes(dollars, money("$4.25", 17, 4.26, "USD"))).isFalse();
    assertThat(passes(dollars, money("cost", 9, 4.25, "USD"))).as("span elsewhere").isFalse();
    assertThat(passes(dollars)).as("nothing").isFalse();
    assertThat(passes(dollars, money("$4.25", 17, 4.25, "USD"), money("32", 27, 32, "USD")))
        .as("an extra currency amount").isFalse();
  }

  @Test
  void quantitiesOutsideTheModelsReachAreNotHeldAgainstIt() {
    PeerSuite dollars = only("CurrencyModel", "Hey, the cost is $4.25 and 32 is the quantity!");
    Quantity count = new Quantity("32", 27, 29, 32.0, 32.0, 32.0, true, true, 1.0, Bound.EXACT, false,
        "count", "count", null, null);
    assertThat(passes(dollars, money("$4.25", 17, 4.25, "USD"), count)).isTrue();
  }

  @Test
  void aMinorUnitCountsAsItsShareOfTheMainCurrency() {
    PeerSuite cents = only("CurrencyModel", "onvia . com inc . , down 34 cents");
    assertThat(passes(cents, money("34 cents", 25, 0.34, "USD"))).isTrue();
    assertThat(passes(cents, money("34 cents", 25, 34, "USD"))).isFalse();
  }

  @Test
  void measuresCompareAcrossUnitsOfTheSameDimension() {
    PeerSuite km = only("DimensionModel", "the javadi hills are located about 17 km from ambur.");
    assertThat(passes(km, measure("17 km", 35, 17, "km", "length"))).isTrue();
    assertThat(passes(km, measure("17 km", 35, 17000, "m", "length"))).isTrue();
    assertThat(passes(km, measure("17 km", 35, 17, "mi", "length"))).isFalse();
    assertThat(passes(km, measure("17 km", 35, 17, "unheard-of", "length"))).isFalse();
  }

  @Test
  void aRateCountsOnlyWhereThePeerHasAUnitForIt() {
    PeerSuite barrels = only("DimensionModel",
        "industrywide , oil production in this country fell by 500,000 barrels a day to barrels in the first eight months of this year.");
    assertThat(passes(barrels, rate("500,000 barrels a day", 54, 500000, "bbl", "volume", "day")))
        .as("Recognizers has no barrels-a-day unit").isTrue();
    PeerSuite speed = only("DimensionModel",
        "the ` ` jiotto caspita ' ' can run at over 188 miles an hour , a company spokesman said.");
    assertThat(passes(speed, rate("188 miles an hour", 43, 188, "mi", "length", "hour"))).isTrue();
    assertThat(passes(speed, rate("188 miles an hour", 43, 188, "mph", "speed", null))).isTrue();
    assertThat(passes(speed, rate("188 miles an hour", 43, 188, "mi", "length", null))).isFalse();
    PeerSuite wage = only("quantulum3-quantities", "I would do it, but only for $15.4/hour");
    assertThat(passes(wage, rate("$15.4/hour", 28, 15.4, "USD", "currency", "hour"))).isTrue();
    assertThat(passes(wage, rate("$15.4/hour", 28, 15.4, "USD", "currency", null))).isFalse();
  }

  @Test
  void anOpenBoundIsNotAClosedOne() {
    PeerSuite over = only("NumberRangeModel", "He is over thirty years old.");
    assertThat(passes(over, bound("over thirty", 6, 30.0, null, false, Bound.MORE_THAN))).isTrue();
    assertThat(passes(over, bound("over thirty", 6, 30.0, null, true, Bound.AT_LEAST))).isFalse();
  }

  @Test
  void theHalfOpenUpperEndRecognizersWritesForEveryRangeIsNotCompared() {
    PeerSuite between = only("NumberRangeModel", "The number is between 20 and 30.");
    Quantity closed = new Quantity("between 20 and 30", 14, 31, null, 20.0, 30.0, true, true, 1.0,
        Bound.RANGE, false, "count", "count", null, null);
    Quantity openLow = new Quantity("between 20 and 30", 14, 31, null, 20.0, 30.0, false, true, 1.0,
        Bound.RANGE, false, "count", "count", null, null);
    assertThat(passes(between, closed)).isTrue();
    assertThat(passes(between, openLow)).isFalse();
  }

  @Test
  void aThrowingExtractorFailsItsCasesWithoutStoppingTheSuite() {
    PeerSuite suite = SUITES.get(0);
    Score score = SCORER.score(suite, text -> {
      throw new IllegalStateException("boom");
    });
    assertThat(score.passed()).isZero();
    assertThat(score.failures()).hasSize(score.inScope()).allMatch(f -> f.contains("boom"));
  }

  @Test
  void theRatchetFailsARateOrScopeBelowItsFloor() {
    Properties floors = new Properties();
    floors.setProperty("F.minPassRate", "60");
    floors.setProperty("F.minInScope", "90");
    Ratchet ratchet = new Ratchet(floors);
    assertThat(ratchet.violations(score(100, 90, 60))).isEmpty();
    assertThat(ratchet.violations(score(100, 90, 53))).singleElement().asString().contains("pass rate");
    assertThat(ratchet.violations(score(100, 89, 80))).singleElement().asString().contains("in scope");
    assertThat(ratchet.violations(score(120, 90, 80))).singleElement().asString().contains("80%");
  }

  private static Score score(int cases, int inScope, int passed) {
    return new Score("F", cases, inScope, passed, java.util.Map.of(), 0, List.of());
  }

  private static PeerSuite only(String name, String input) {
    PeerSuite suite = SUITES.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    List<PeerCase> cases = suite.cases().stream().filter(c -> c.input().equals(input)).toList();
    assertThat(cases).as(input).singleElement().matches(PeerCase::inScope);
    return new PeerSuite(name, suite.path(), cases, suite.view());
  }

  private static boolean passes(PeerSuite suite, Quantity... answer) {
    Function<String, List<Quantity>> extractor = text -> List.of(answer);
    return SCORER.score(suite, extractor).passed() == 1;
  }

  private static Quantity money(String surface, int start, double value, String unit) {
    return measure(surface, start, value, unit, "currency");
  }

  private static Quantity measure(String surface, int start, double value, String unit, String dimension) {
    return new Quantity(surface, start, start + surface.length(), value, value, value, true, true, 0.01,
        Bound.EXACT, false, unit, dimension, null, null);
  }

  private static Quantity rate(String surface, int start, double value, String unit, String dimension, String per) {
    return new Quantity(surface, start, start + surface.length(), value, value, value, true, true, 1.0,
        Bound.EXACT, false, unit, dimension, per, null);
  }

  private static Quantity bound(String surface, int start, Double low, Double high, boolean inclusive, Bound b) {
    return new Quantity(surface, start, start + surface.length(), low != null ? low : high, low, high,
        inclusive, inclusive, 1.0, b, false, "count", "count", null, null);
  }
}
