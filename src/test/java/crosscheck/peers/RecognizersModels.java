package crosscheck.peers;

import crosscheck.peers.RecognizersCase.Result;
import crosscheck.quantity.Quantity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The five Recognizers-Text English models crosscheck is scored on: how each result maps to a
 * crosscheck reading, which results crosscheck must not report, and which cases are out of scope.
 */
final class RecognizersModels {
  static final String ROOT = "recognizers-text/Specs/";

  private static final ScopeRule<RecognizersCase> REFERENCE_FAILS = new ScopeRule<>(
      "the peer's own reference implementation (.NET) is marked NotSupported",
      c -> c.notSupported().contains("dotnet"));

  /** Numbers that are parts of identifiers: crosscheck must report nothing there. */
  private static final Pattern IDENTIFIER = Pattern.compile(
      "\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b|\\b\\d{4}-\\d{2}(?:-\\d{2})?\\b" // dates
          + "|\\+\\d[\\d\\- /]{6,}\\d" // phone numbers
          + "|\\b[A-Za-z]+-\\d+"); // model designations (SCP-173, T-54)
  private static final Pattern SPOKEN_ARITHMETIC = Pattern.compile("\\b(?:over|point|nought|naught)\\b");
  private static final Pattern PERCENT_OF = Pattern.compile("^(?:per ?cents?|percents?|percentages?) of\\b");
  private static final Pattern DOTTED_IDENTIFIER = Pattern.compile("\\d+\\.\\d+\\.\\d+");
  private static final Pattern GLUED_UNIT = Pattern.compile("\\d([A-Za-zµ]+)\\b");
  private static final Pattern ORDINAL = Pattern.compile(
      "\\b(?:first|second|third|\\d+(?:st|nd|rd|th)|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf"
          + "|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)tie"
          + "|hundred|thousand|million)ths?)\\b");
  private static final String NUMBER_WORD = "\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
      + "|thirteen|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)";
  /** "3 dollars 50 cents", "thirteen dollars forty five", "15 usd 50", "one kuai and five mao five". */
  private static final Pattern COMPOUND_AMOUNT = Pattern.compile(
      "(?:\\d|" + NUMBER_WORD + ")\\s*(?:dollars?|usd|\\$|kuai|yuan|euros?|pounds?)\\s+(?:and\\s+)?(?:\\d|" + NUMBER_WORD + ")");

  private RecognizersModels() {}

  static List<PeerSuite> all(Path fixtures, UnitTable units) {
    Path root = fixtures.resolve(ROOT);
    return List.of(number(root, units), range(root), percent(root, units), currency(root, units), dimension(root, units));
  }

  static PeerSuite number(Path root, UnitTable units) {
    List<ScopeRule<RecognizersCase>> rules = List.of(REFERENCE_FAILS,
        new ScopeRule<>("exponent notation ('1.1^23', '1e10', '6.23x10^-4'): maths notation, not news prose",
            anyResult(r -> "power".equals(r.subtype()))),
        new ScopeRule<>("spoken arithmetic ('one over three', 'two hundred point zero three', 'nought point'):"
            + " dictation forms news writes in digits", anyResult(r -> SPOKEN_ARITHMETIC.matcher(r.text()).find())),
        new ScopeRule<>("dotted numeric identifier (IP address, version): not a number claim",
            c -> DOTTED_IDENTIFIER.matcher(c.input()).find()),
        new ScopeRule<>("number glued to a unit ('180ml', '29km') where the NumberModel wants nothing:"
            + " crosscheck reads it as a measure (scored in DimensionModel)",
            c -> c.results().isEmpty() && gluedUnit(c.input(), units)));
    return suite("NumberModel", root.resolve("Number/English/NumberModel.json"), rules,
        (c, r) -> List.of(Reading.number(null, Double.parseDouble(r.value()))), Views.numbers());
  }

  static PeerSuite range(Path root) {
    List<ScopeRule<RecognizersCase>> rules = List.of(REFERENCE_FAILS,
        new ScopeRule<>("comparison operators ('x>10', '< = 100', '=>30'): query syntax, not news prose",
            c -> c.input().chars().anyMatch(ch -> ch == '<' || ch == '>' || ch == '=')),
        new ScopeRule<>("ordinal bounds ('between the tenth and the fifteenth'): crosscheck does not report ordinals",
            anyResult(r -> ORDINAL.matcher(r.text()).find())));
    return suite("NumberRangeModel", root.resolve("Number/English/NumberRangeModel.json"), rules,
        (c, r) -> List.of(RecognizersModels.interval(r.value())), Views.intervals());
  }

  static PeerSuite percent(Path root, UnitTable units) {
    List<ScopeRule<RecognizersCase>> rules = List.of(REFERENCE_FAILS,
        new ScopeRule<>("'percent of N' read as N% ('per cent of 210' = 210%): query phrasing; in news"
            + " 'percent of' introduces the base ('5 percent of GDP')", anyResult(r -> PERCENT_OF.matcher(r.text()).find())));
    return suite("PercentModel", root.resolve("Number/English/PercentModel.json"), rules,
        (c, r) -> List.of(Reading.number("percent", Double.parseDouble(r.value().replace("%", "")))),
        Views.measures(units, Set.of("percent"), Views.Rates.NONE));
  }

  static PeerSuite currency(Path root, UnitTable units) {
    List<ScopeRule<RecognizersCase>> rules = List.of(REFERENCE_FAILS,
        new ScopeRule<>("compound spoken amount ('3 dollars 50 cents', 'thirteen dollars forty five', '15 usd 50'):"
            + " a second number after the currency word folded into the first", anyResult(r -> COMPOUND_AMOUNT.matcher(r.text()).find())));
    return suite("CurrencyModel", root.resolve("NumberWithUnit/English/CurrencyModel.json"), rules,
        (c, r) -> {
          Interval value = Interval.point(Double.parseDouble(r.value()));
          return r.isoCurrency() != null && units.knows(r.isoCurrency())
              ? List.of(new Reading(r.isoCurrency(), value, false, false))
              : units.readings("currency", r.unit(), value);
        },
        Views.measures(units, Set.of("currency"), Views.Rates.NONE));
  }

  static PeerSuite dimension(Path root, UnitTable units) {
    List<ScopeRule<RecognizersCase>> rules = List.of(REFERENCE_FAILS,
        new ScopeRule<>("unit outside crosscheck's news units (information: bits and bytes; angle: degrees, turns)",
            anyResult(r -> units.peer("dimension", r.unit()).outOfScopeGroup() != null)));
    return suite("DimensionModel", root.resolve("NumberWithUnit/English/DimensionModel.json"), rules,
        (c, r) -> units.readings("dimension", r.unit(), Interval.point(Double.parseDouble(r.value()))),
        Views.measures(units, Set.of("length", "mass", "area", "volume", "speed", "angle", "information"), Views.Rates.SPEED));
  }

  /**
   * "(20,35]" and friends. Recognizers writes every two-sided range stated without comparatives
   * ("between 20 and 30", "1000-5000", "20 through 100") half-open, "[20,30)": that upper flag is
   * its convention, not the text's, so it is not compared; every other stated flag is.
   */
  static Reading interval(String value) {
    String inner = value.substring(1, value.length() - 1);
    int comma = inner.indexOf(',');
    Double low = comma == 0 ? null : Double.valueOf(inner.substring(0, comma));
    Double high = comma == inner.length() - 1 ? null : Double.valueOf(inner.substring(comma + 1));
    boolean lowInclusive = value.startsWith("[");
    boolean highInclusive = value.endsWith("]");
    boolean convention = low != null && high != null && lowInclusive && !highInclusive;
    return new Reading(null, new Interval(low, high, lowInclusive, highInclusive), true, !convention);
  }

  private static PeerSuite suite(String name, Path file, List<ScopeRule<RecognizersCase>> rules,
      ResultMapping mapping, Function<List<Quantity>, List<Got>> view) {
    List<PeerCase> cases = new ArrayList<>();
    for (RecognizersCase c : RecognizersCase.read(file)) {
      List<Expected> expected = new ArrayList<>();
      int dropped = 0;
      String reason = ScopeRule.firstReason(rules, c);
      for (Result r : reason == null ? c.results() : List.<Result>of()) {
        if (r.value() == null || insideIdentifier(c.input(), r) || r.unit() == null && Discourse.loneSmallNumberWord(r.text())) {
          dropped++; // a bare unit mention ("dollar", "%"), part of a date, phone number, designation, or discourse
        } else {
          expected.add(new Expected(r.text(), r.start(), r.end(), mapping.readings(c, r)));
        }
      }
      expected.sort(Comparator.comparingInt(Expected::start));
      cases.add(new PeerCase(c.index(), c.input(), expected, reason, dropped));
    }
    return new PeerSuite(name, PeerFiles.relative(file), cases, view);
  }

  private interface ResultMapping {
    List<Reading> readings(RecognizersCase c, Result r);
  }

  private static Predicate<RecognizersCase> anyResult(Predicate<Result> test) {
    return c -> c.results().stream().anyMatch(test);
  }

  private static boolean insideIdentifier(String input, Result r) {
    Matcher m = IDENTIFIER.matcher(input);
    while (m.find()) {
      if (m.start() <= r.start() && r.end() <= m.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean gluedUnit(String input, UnitTable units) {
    Matcher m = GLUED_UNIT.matcher(input);
    while (m.find()) {
      if (units.knows(m.group(1))) {
        return true;
      }
    }
    return false;
  }
}
