package crosscheck.quantity;

/**
 * Fractions written in words after a numerator: proper and improper ("two thirds", "twenty-three
 * fifths", "three halves"), mixed numbers ("twenty and three fifths", "two and fifty-four
 * hundredths", "five billion and three quarters", "one billion and a half million"), and a
 * fraction of a scale ("two thirds of a million"). Ordinals that are not fractions ("a third
 * term", "the two hundredth anniversary") are left alone.
 */
final class Fractions {
  /** "six quarters" in news are calendar quarters: quarters are never improper, and a fraction only before "of". */
  private static final double QUARTER = 4;
  /** Denominators above ten are ordinals first ("twentieth", "hundredth"). */
  private static final double SMALL = 10;

  private final Lexicon lex;

  Fractions(Lexicon lex) {
    this.lex = lex;
  }

  /**
   * Whether the fraction word at token j with the given numerator makes a fraction: improper only
   * in the plural ("twenty fifths"), large ordinals singular only after "a" ("a thousandth"), and
   * "a fifth" only before "of" or where the phrase ends (not "a fifth time").
   */
  boolean allowed(Tokens t, int j, double numerator, double denominator, boolean article) {
    boolean plural = t.text.charAt(t.end(j) - 1) == 's' || t.text.charAt(t.end(j) - 1) == 'S';
    if (numerator >= denominator && (!plural || denominator == QUARTER)) {
      return false;
    }
    Lexicon.Word next = lex.word(t, j + 1);
    boolean scaled = next != null && next.kind().equals("scale");
    if (denominator == QUARTER && plural && !t.is(j + 1, "of") && !scaled && !t.isDash(j - 1)) {
      return false; // "two consecutive quarters", "the first two quarters": calendar quarters
    }
    if (denominator > SMALL && !plural && !article) {
      return false;
    }
    boolean ordinalForm = denominator != 2 && denominator != QUARTER;
    return !(article && !plural && ordinalForm) || t.is(j + 1, "of") || !t.isWord(j + 1);
  }

  /**
   * A compound ordinal denominator from token s: tens and a unit ordinal ("twenty-fifth", "thirty
   * fifths", "twenty-firsts") or one hundred or thousand, an optional "and" and a unit ordinal
   * ("one hundred and fifth"). Returns {denominator, token after it}, or null.
   */
  int[] compoundDenominator(Tokens t, int s) {
    Lexicon.Word w = lex.word(t, s);
    if (w == null) {
      return null;
    }
    int k;
    double base;
    if (w.kind().equals("unit") && w.value() >= 20 && w.value() < 100 && w.value() % 10 == 0) {
      base = w.value();
      k = t.isDash(s + 1) && t.glued(s) && t.glued(s + 1) ? s + 2 : s + 1;
    } else if (w.kind().equals("unit") && w.value() == 1) {
      Lexicon.Word scale = lex.word(t, s + 1);
      if (scale == null || !scale.kind().equals("scale") || (scale.value() != 100 && scale.value() != 1000)
          || t.length(s + 1) <= 2) {
        return null;
      }
      base = scale.value();
      k = t.is(s + 2, "and") ? s + 3 : s + 2;
    } else {
      return null;
    }
    Lexicon.Word ordinal = lex.word(t, k);
    boolean unitOrdinal = ordinal != null && ordinal.value() < 10
        && (ordinal.kind().equals("ordinal") || ordinal.kind().equals("fraction") && ordinal.value() > 2);
    return unitOrdinal ? new int[] {(int) (base + ordinal.value()), k + 1} : null;
  }

  /**
   * Whether a compound denominator ending at token j makes a fraction: in the plural after any
   * numerator ("one hundred thirty fifths"), singular only after "one" or "a" where the phrase
   * ends or before "of" ("one twenty-fifth of"), so "one hundred twenty-fifth anniversary" and
   * "a twenty-first century" stay ordinals.
   */
  boolean compoundAllowed(Tokens t, int j, double numerator) {
    char last = t.text.charAt(t.end(j) - 1);
    boolean plural = last == 's' || last == 'S';
    return plural || numerator == 1 && (t.is(j + 1, "of") || !t.isWord(j + 1));
  }

  /** The fraction numerator/denominator ending with the fraction word at j, times a scale after it. */
  Num of(Tokens t, int from, int j, double numerator, double denominator) {
    Num n = fraction(from, j + 1, numerator, denominator);
    int k = j + 1;
    if (t.is(k, "of") && (t.is(k + 1, "a") || t.is(k + 1, "an"))) {
      k += 2;
    }
    Lexicon.Word s = lex.word(t, k);
    if (s != null && s.kind().equals("scale") && s.value() >= 1000 && t.length(k) > 2) {
      n.value *= s.value();
      n.precision *= s.value();
      n.fraction = false;
      n.scale = s.value();
      n.to = k + 1;
    }
    return n;
  }

  /**
   * A mixed number from "and" at token andAt: whole + numerator/denominator of unit ("and three
   * quarters" of a billion), or of a scale written after the fraction ("and a half million").
   * Null unless a proper fraction follows the "and".
   */
  Num mixed(Tokens t, int from, int andAt, double whole, double unit) {
    if (!t.is(andAt, "and")) {
      return null;
    }
    int k = andAt + 1;
    double numerator;
    if (t.is(k, "a") || t.is(k, "an")) {
      numerator = 1;
      k++;
    } else {
      Lexicon.Word w = lex.word(t, k);
      if (w == null || !w.kind().equals("unit")) {
        return null;
      }
      numerator = w.value();
      k++;
      Lexicon.Word ones = t.isDash(k) && t.glued(k - 1) && t.glued(k) ? lex.word(t, k + 1) : null;
      if (numerator >= 20 && numerator % 10 == 0 && ones != null && ones.kind().equals("unit") && ones.value() < 10) {
        numerator += ones.value();
        k += 2;
      }
    }
    Lexicon.Word f = lex.word(t, k);
    if (f == null || !f.kind().equals("fraction") || numerator >= f.value()) {
      return null;
    }
    double part = numerator / f.value();
    double of = unit;
    int to = k + 1;
    Lexicon.Word s = lex.word(t, to);
    if (s != null && s.kind().equals("scale") && s.value() >= 1000 && s.value() < unit && t.length(to) > 2) {
      of = s.value();
      to++;
    }
    Num n = new Num();
    n.from = from;
    n.to = to;
    n.words = true;
    n.value = whole + part * of;
    n.precision = of / f.value();
    return n;
  }

  static Num fraction(int from, int to, double numerator, double denominator) {
    Num n = new Num();
    n.from = from;
    n.to = to;
    n.words = true;
    n.fraction = true;
    n.value = numerator / denominator;
    n.precision = 1 / denominator;
    return n;
  }
}
