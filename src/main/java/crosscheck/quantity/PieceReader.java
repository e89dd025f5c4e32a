package crosscheck.quantity;

/**
 * Reads a {@link Piece} at a token: the number (digits, words or a fraction sign) with its
 * currency prefix, scale and unit, or a rejected piece spanning what is not a quantity (a model
 * designation, a clock time, a phone number, a code). One per scan.
 */
final class PieceReader {
  /** Nouns before "of a gallon" that name the unit priced rather than an amount of it. */
  private static final java.util.Set<String> PRICED = java.util.Set.of("price", "prices", "cost", "costs", "value");
  /** Copulas and verbs after which a bracketed amount is the value stated, so an accounting negative. */
  private static final java.util.Set<String> VALUE_VERBS = java.util.Set.of(
      "is", "was", "are", "were", "be", "been", "stood", "totalled", "totaled", "reached", "came");

  private final Lexicon lex;
  private final Tokens t;
  private final NumberReader reader;
  private final WordNumbers words;
  private final Context context;
  private final Sums sums;

  PieceReader(Lexicon lex, Tokens t) {
    this.lex = lex;
    this.t = t;
    this.reader = new NumberReader(lex);
    this.words = new WordNumbers(lex, reader);
    this.context = new Context(lex);
    this.sums = new Sums(lex, t, reader, words);
  }

  /** The number at token i with its prefix and unit, or null; a rejected piece spans what to skip. */
  Piece read(int i) {
    if (i >= t.size()) {
      return null;
    }
    Num n;
    Phrases.Match<UnitRule> prefix = null;
    if (t.isDigits(i)) {
      prefix = context.prefix(t, i);
      if (prefix == null && NotQuantity.designationBefore(t, i)) {
        return skip(i);
      }
      n = reader.digits(t, i);
      if (!n.reject) {
        digitsTail(n, prefix != null);
        sums.scaled(n);
      }
    } else if (t.isWord(i)) {
      n = words.words(t, i);
      if (n == null) {
        return articleUnit(i);
      }
      if (n != null && !n.fraction && !n.vague) {
        reader.scale(t, n, false);
      }
    } else {
      Lexicon.Word s = reader.symbol(t, i);
      if (s == null) {
        return null;
      }
      n = new Num();
      n.from = i;
      n.to = i + 1;
      n.value = s.value();
      n.precision = s.value();
      n.fraction = true;
    }
    if (n == null) {
      return null;
    }
    Piece p = new Piece(n);
    if (n.reject) {
      p.consumed = Math.max(n.to, i + 1);
      return p;
    }
    if ((t.is(n.from - 1, "minus") || t.is(n.from - 1, "negative")) && n.value > 0) {
      n.value = -n.value;
      n.from--;
      p.from = n.from;
    }
    if (prefix != null && prefix.to() == n.from - 1 && n.value > 0) {
      n.value = -n.value; // "$-99.99"
      n.from--;
    }
    if (prefix != null) {
      p.unit = prefix.value();
      p.from = prefix.from();
    }
    if (!unit(p)) {
      return rejected(p);
    }
    if (prefix != null && n.value > 0 && accountingNegative(p)) {
      n.value = -n.value;
    }
    sums.compound(p);
    return p;
  }

  /**
   * The upper end of a range at token i, which may repeat the currency of the lower end: "and $320
   * million", "-€1.5bn", "to US$1.5 billion". The piece then starts at the currency.
   */
  Piece readEnd(int i) {
    Piece p = read(i);
    if (p != null || i >= t.size() || t.isDigits(i)) {
      return p;
    }
    for (int j = i + 1; j <= i + 3 && j < t.size(); j++) {
      if (t.isDigits(j)) {
        Phrases.Match<UnitRule> prefix = context.prefix(t, j);
        return prefix != null && prefix.from() == i ? read(j) : null;
      }
    }
    return null;
  }

  /**
   * "The annual revenue is ($99.99).": a currency amount alone in brackets where a value is stated
   * (after a copula or a colon) is negative, as accounts write it. After a noun or another amount
   * the brackets hold an aside or a conversion ("the fund ($5bn)", "€15 ($16.50)").
   */
  private boolean accountingNegative(Piece p) {
    int open = p.from - 1;
    if (!t.isMark(open, '(') || !t.glued(open) || !t.isMark(p.to, ')') || !t.glued(p.to - 1)) {
      return false;
    }
    int before = open - 1;
    return t.isMark(before, ':') || t.isWord(before) && VALUE_VERBS.contains(t.text(before).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * "a gallon of beer", "a penny", "less than a mile": one of a unit marked {@code article} in
   * rules/units.yaml. Not after an amount, where "a" makes a rate or a price per unit ("$3 a
   * gallon", "30 miles a gallon"), nor after "price of" (the unit priced) or "five-eighths of" (the
   * unit the fraction divides).
   */
  private Piece articleUnit(int i) {
    if (!(t.is(i, "a") || t.is(i, "an")) || t.start(i + 1) - t.end(i) > 1) {
      return null;
    }
    Phrases.Match<UnitRule> u = lex.unitAt(t, i + 1);
    if (u == null || !u.value().article() || t.isDigits(i - 1) || lex.unitAt(t, i - 1) != null
        || lex.word(t, i - 1) != null || t.is(i - 1, "of") && ofAmount(i - 2)) {
      return null;
    }
    Num n = new Num();
    n.from = i;
    n.to = i + 1;
    n.value = 1;
    n.precision = 1;
    n.words = true;
    Piece p = new Piece(n);
    p.unit = u.value();
    p.to = u.to();
    p.consumed = u.to();
    return p;
  }

  /** Whether token j, before "of a", is a number or a price noun. */
  private boolean ofAmount(int j) {
    return t.isDigits(j) || lex.word(t, j) != null
        || t.isWord(j) && PRICED.contains(t.text(j).toLowerCase(java.util.Locale.ROOT));
  }

  private Piece skip(int i) {
    if (t.isMark(i - 1, '+')) {
      return phone(i);
    }
    int j = i;
    while (t.glued(j)) {
      j++;
    }
    Piece p = new Piece(Num.rejected(i, j + 1));
    p.consumed = j + 1;
    return p;
  }

  /** A phone number: digit groups, dashes and brackets at most one space apart. */
  Piece phone(int i) {
    int j = i;
    while (j + 1 < t.size() && t.start(j + 1) - t.end(j) <= 1
        && (t.isDigits(j + 1) || t.isDash(j + 1) || t.isMark(j + 1, '(') || t.isMark(j + 1, ')')
            || t.isMark(j + 1, '/') && t.glued(j) && t.isDigits(j + 2))) {
      j++;
    }
    Piece p = new Piece(Num.rejected(i, j + 1));
    p.consumed = j + 1;
    return p;
  }

  private static Piece rejected(Piece p) {
    p.num.reject = true;
    p.consumed = Math.max(p.consumed, p.to);
    return p;
  }

  /** After digits: "3/4", "2½", then scale words. */
  private void digitsTail(Num n, boolean currency) {
    int k = n.to;
    if (t.isMark(k, ':') && t.glued(k - 1) && t.glued(k) && t.isDigits(k + 1)) {
      n.reject = true;
      while (t.isMark(k, ':') && t.glued(k - 1) && t.glued(k) && t.isDigits(k + 1)) {
        k += 2;
      }
      n.to = k;
      return;
    }
    if (Exponents.apply(t, n)) {
      return;
    }
    if (t.isMark(k, '/') && t.glued(k - 1) && t.glued(k) && t.isDigits(k + 1)) {
      double den = t.length(k + 1) <= 4 ? Double.parseDouble(t.text(k + 1)) : 0;
      boolean more = t.glued(k + 1) && t.isMark(k + 2, '/');
      boolean share = t.is(k + 2, "of") && den <= 1000;
      boolean whole = n.plainInteger || n.value < 0 && n.value == Math.rint(n.value); // "-4/5"
      if (!whole || more || den < 2 || den > 10 && !share || Math.abs(n.value) >= den) {
        n.reject = true;
        n.to = more ? k + 4 : k + 2;
        return;
      }
      n.value = n.value / den;
      n.precision = 1 / den;
      n.fraction = true;
      n.to = k + 2;
      return;
    }
    if (n.plainInteger && t.isDigits(k) && t.start(k) - t.end(k - 1) == 1 && t.glued(k) && t.isMark(k + 1, '/')
        && t.glued(k + 1) && t.isDigits(k + 2) && !t.glued(k + 2)) {
      double num = Double.parseDouble(t.text(k));
      double den = t.length(k + 2) <= 2 ? Double.parseDouble(t.text(k + 2)) : 0;
      if (num >= 1 && num < den && den <= 10) {
        n.value += num / den;
        n.precision = 1 / den;
        n.plainInteger = false;
        n.to = k + 3;
      }
    }
    Lexicon.Word s = t.glued(k - 1) ? reader.symbol(t, k) : null;
    if (s != null) {
      n.value += s.value();
      n.precision = s.value();
      n.plainInteger = false;
      n.to = k + 1;
    }
    reader.scale(t, n, currency);
  }

  /** An ordinal at token j: "third", "second" (rules/nonquantities.yaml), "3rd". */
  private boolean ordinalBefore(int j) {
    Lexicon.Word w = lex.word(t, j);
    if (w != null && (w.kind().equals("ordinal") || w.kind().equals("fraction")) || lex.marks(t, j, "ordinal")) {
      return true;
    }
    return t.isDigits(j - 1) && t.glued(j - 1) && NotQuantity.ordinalOrDecade(t, j) && !t.is(j, "s");
  }

  /** Reads the unit after the number; false when the number turns out not to be a quantity. */
  private boolean unit(Piece p) {
    Num n = p.num;
    int k = n.to;
    if (n.fraction && t.is(k, "of")) {
      p.share = true;
      return true;
    }
    Phrases.Match<UnitRule> measure = n.fraction && n.words ? lex.unitAt(t, k) : null;
    if (n.fraction && n.words && (measure == null || measure.value().dimension().equals("count"))) {
      return true; // "more than half people": a fraction in words takes a measure, not a count noun
    }
    boolean glued = t.glued(k - 1) && k < t.size() && !t.isDash(k);
    if (glued && !n.words && NotQuantity.ordinalOrDecade(t, k)) {
      return false;
    }
    if (t.isDash(k) && t.glued(k - 1) && t.glued(k) && t.isWord(k + 1)) {
      Phrases.Match<UnitRule> u = lex.unitAt(t, k + 1);
      boolean classifier = u == null || u.value().dimension().equals("duration");
      Lexicon.Word after = lex.word(t, k + 1);
      boolean ordinal = after == null || after.kind().equals("ordinal") || after.kind().equals("fraction");
      // "a two-year maintenance period" is a duration (news spells numbers below ten out); "his third
      // five-year term", "a five-year-old", "a hundred-year flood" are not
      boolean duration = u != null && after == null && u.value().dimension().equals("duration")
          && !t.is(n.from, "a") && !t.is(n.from, "an") && !ordinalBefore(n.from - 1) && !(t.isDash(u.to()) && t.glued(u.to() - 1));
      if (n.words && ordinal && classifier && !duration) { // "twenty-first division", "one hundred twenty-fifth anniversary"
        return false;
      }
      if (u != null && p.unit == null) {
        p.unit = u.value();
        p.to = u.to();
      }
      return true;
    }
    Phrases.Match<UnitRule> u = context.unitAfter(t, k, glued);
    if (u != null && u.value().rated() && !context.rateFollows(t, u.to())) {
      u = null; // "four times as many": a multiplier, not a frequency
    }
    if (u == null && !glued) {
      u = context.guardedUnit(t, k);
    }
    if (glued && (u == null ? t.isWord(k) : t.glued(u.to() - 1) && (t.isDigits(u.to()) || t.isWord(u.to())))) {
      return false;
    }
    if (!glued && u != null && t.glued(u.to() - 1)
        && (t.isDigits(u.to()) || t.isDash(u.to()) && t.glued(u.to()) && t.isDigits(u.to() + 1))) {
      return false; // a part number after a count: "24703 L-202", "24703 m212"
    }
    if (u != null && (p.unit == null || u.value() == p.unit)) {
      p.unit = u.value();
      p.to = u.to();
    }
    return true;
  }
}
