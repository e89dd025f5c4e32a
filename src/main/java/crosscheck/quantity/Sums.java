package crosscheck.quantity;

/**
 * Amounts written in parts that add up: a scaled sum ("4 thousand 3 hundred and 21") and a
 * compound measure ("5 feet 2 inches"). Each reads forward from the end of what is already read.
 */
final class Sums {
  private final Lexicon lex;
  private final Tokens t;
  private final NumberReader reader;
  private final WordNumbers words;

  Sums(Lexicon lex, Tokens t, NumberReader reader, WordNumbers words) {
    this.lex = lex;
    this.t = t;
    this.reader = reader;
    this.words = words;
  }

  /**
   * "4 thousand 3 hundred and 21", "6 crore and two hundred": after digits with a scale word, a
   * smaller scaled amount (or, after "hundred", a number below a hundred) adds to it. A bare small
   * number does not ("5 million and 3 people" stays two numbers).
   */
  void scaled(Num n) {
    while (n.scale > 1 && !n.fraction) {
      int k = t.is(n.to, "and") ? n.to + 1 : n.to;
      Num m = t.isDigits(k) ? reader.digits(t, k) : t.isWord(k) ? words.words(t, k) : null;
      if (m == null || m.reject || m.fraction || m.vague || m.value <= 0) {
        return;
      }
      if (!m.words && (!m.plainInteger || t.glued(m.to - 1) && m.to < t.size() && !t.isDash(m.to))) {
        return;
      }
      reader.scale(t, m, false);
      boolean smaller = m.value < n.scale && (m.scale > 1 || m.words && m.value >= 100 || n.scale == 100);
      if (!smaller) {
        return;
      }
      n.value += m.value;
      n.precision = Math.min(n.precision, m.precision);
      n.to = m.to;
      n.scale = m.scale > 1 ? m.scale : 1;
    }
  }

  /** "5 feet 2 inches", "6 ft 4 in", "2 hours and 30 minutes": adds the smaller unit's amount. */
  void compound(Piece p) {
    Phrases<Double> smaller = p.unit == null ? null : lex.compounds.get(p.unit);
    if (smaller == null || p.num.fraction || p.num.value != Math.rint(p.num.value)) {
      return;
    }
    int k = t.is(p.to, "and") ? p.to + 1 : p.to;
    Num m = t.isDigits(k) ? reader.digits(t, k) : t.isWord(k) ? words.words(t, k) : null;
    if (m == null || m.reject || m.fraction || m.vague) {
      return;
    }
    Phrases.Match<Double> w = smaller.from(t, m.to);
    if (w != null) {
      double inUnit = w.value() / p.unit.factor();
      p.num.value += m.value * inUnit;
      p.num.precision = Math.min(p.num.precision, m.precision * inUnit);
      p.to = w.to();
      p.consumed = Math.max(p.consumed, p.to);
    }
  }
}
