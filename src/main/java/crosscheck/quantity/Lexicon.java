package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import java.util.List;

/**
 * The quantity rule tables turned into lookup structures, built once per extractor: number words,
 * units, hedges, change words, rate periods and the words that mark a number as not a quantity.
 * Immutable after construction, so one instance serves many threads.
 */
final class Lexicon {
  /** A number word: its kind (see {@link NumberRule}) and value. */
  record Word(String kind, double value, boolean currencyOnly) {}

  /** A rate period with its length, for normalising "every 24 hours" to "day". */
  record Period(String per, double seconds) {}

  final Phrases<Word> numbers = new Phrases<>(false);
  final Phrases<UnitRule> unitWords = new Phrases<>(false);
  final Phrases<UnitRule> unitPrefixes = new Phrases<>(false);
  final Phrases<UnitRule> unitCodes = new Phrases<>(true);
  /** Words read as a unit only at a sentence end or before one of the unit's guards ("2 in thick"). */
  final Phrases<UnitRule> guardedUnits = new Phrases<>(true);
  /** One- and two-letter unit symbols are case-sensitive: "10 g" is grams, "5G" is not; "MW" is not "mW". */
  final Phrases<UnitRule> unitSymbols = new Phrases<>(true);
  final Phrases<HedgeRule> hedgesBefore = new Phrases<>(false);
  final Phrases<HedgeRule> hedgesAfter = new Phrases<>(false);
  final Phrases<Change> changeVerbs = new Phrases<>(false);
  final Phrases<Change> changeNouns = new Phrases<>(false);
  final Phrases<Change> changeByVerbs = new Phrases<>(false);
  /** Words before "from A to B" that make it a move between two levels (value: unused). */
  final Phrases<Boolean> movers = new Phrases<>(false);
  final Phrases<Period> periods = new Phrases<>(false);
  final Phrases<Period> rateAdjectives = new Phrases<>(false);
  final Phrases<String> nonQuantity = new Phrases<>(false);
  /** For a unit with smaller units that may follow it ("5 feet 2 inches"), their words and factors. */
  final java.util.Map<UnitRule, Phrases<Double>> compounds = new java.util.IdentityHashMap<>();
  private final java.util.List<Period> allPeriods = new java.util.ArrayList<>();

  Lexicon(RuleSet rules) {
    for (NumberRule r : rules.table("numbers", NumberRule.class).rules()) {
      r.words().forEach((w, v) -> numbers.add(w, new Word(r.kind(), v, r.currencyOnly())));
    }
    for (UnitRule u : rules.table("units", UnitRule.class).rules()) {
      u.words().forEach(w -> (isSymbol(w) ? unitSymbols : unitWords).add(w, u));
      u.prefixes().forEach(w -> unitPrefixes.add(w, u));
      u.codes().forEach(w -> unitCodes.add(w, u));
      u.guarded().forEach(w -> guardedUnits.add(w, u));
      if (!u.compound().isEmpty()) {
        Phrases<Double> smaller = new Phrases<>(false);
        u.compound().forEach(smaller::add);
        compounds.put(u, smaller);
      }
    }
    for (HedgeRule h : rules.table("hedges", HedgeRule.class).rules()) {
      Phrases<HedgeRule> into = h.position().equals("before") ? hedgesBefore : hedgesAfter;
      h.phrases().forEach(p -> into.add(p, h));
    }
    for (ChangeRule c : rules.table("changes", ChangeRule.class).rules()) {
      for (List<String> words : List.of(c.verbs(), c.byVerbs(), c.nouns(), c.moves())) {
        words.forEach(w -> movers.add(w, Boolean.TRUE));
      }
      if (c.direction().equals("none")) {
        continue;
      }
      c.verbs().forEach(v -> changeVerbs.add(v, c.change()));
      c.nouns().forEach(n -> changeNouns.add(n, c.change()));
      c.verbs().forEach(v -> changeByVerbs.add(v, c.change()));
      c.byVerbs().forEach(v -> changeByVerbs.add(v, c.change()));
    }
    for (RateRule r : rules.table("rates", RateRule.class).rules()) {
      Period p = new Period(r.per(), r.seconds());
      allPeriods.add(p);
      r.words().forEach(w -> periods.add(w, p));
      r.adjectives().forEach(w -> rateAdjectives.add(w, p));
    }
    for (NonQuantityRule n : rules.table("nonquantities", NonQuantityRule.class).rules()) {
      n.words().forEach(w -> nonQuantity.add(w, n.kind()));
    }
  }

  private static boolean isSymbol(String w) {
    return w.length() <= 2 && w.chars().allMatch(c -> c < 128 && Character.isLetter(c));
  }

  /** The unit written after a number at token k: words, then case-sensitive symbols and codes. */
  Phrases.Match<UnitRule> unitAt(Tokens t, int k) {
    Phrases.Match<UnitRule> m = unitWords.from(t, k);
    if (m == null) {
      m = unitSymbols.from(t, k);
    }
    return m != null ? m : unitCodes.from(t, k);
  }

  /** The kind of number word at token i ("unit", "scale", ...), or null. */
  Word word(Tokens t, int i) {
    return numbers.word(t, i);
  }

  /** Whether token i is a non-quantity marker of the given kind. */
  boolean marks(Tokens t, int i, String kind) {
    return kind.equals(nonQuantity.word(t, i));
  }

  /** "every 24 hours": the period whose length is n times p's, or "n p" when none is. */
  String period(double n, Period p) {
    double s = n * p.seconds();
    for (Period q : allPeriods) {
      if (Math.abs(q.seconds() - s) < 1e-6 * s) {
        return q.per();
      }
    }
    String count = n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
    return count + " " + p.per() + "s";
  }
}
