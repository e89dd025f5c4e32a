package crosscheck.quantity;

import java.math.BigDecimal;

/**
 * Reads digits at a token, with grouping and decimals in English and European forms ("200,000",
 * "3.000", "12,5", "98 450", ".08", "-1.7"), and the scale words or suffixes after any number
 * ("1.5 million", "$1.38T", "a million and a half"). Number words are {@link WordNumbers}. Every
 * loop moves forward over the tokens, so the cost is linear in the input.
 */
final class NumberReader {
  /** More integer digits than a double holds exactly: an id or garbage, not a figure. */
  private static final int MAX_DIGITS = 15;

  private final Lexicon lex;
  private final Fractions fractions;

  NumberReader(Lexicon lex) {
    this.lex = lex;
    this.fractions = new Fractions(lex);
  }

  /** The digits number starting at DIGITS token i, with sign, grouping and decimals; no scale. */
  Num digits(Tokens t, int i) {
    if (t.isMark(i - 1, '.') && t.glued(i - 1) && !t.glued(i - 2) && t.length(i) <= MAX_DIGITS) {
      return leadingDecimal(t, i);
    }
    if (t.length(i) > 1 && t.text.charAt(t.start(i)) == '0' && !(t.isMark(i + 1, '.') && t.glued(i))) {
      return skipRun(t, i, i);
    }
    StringBuilder sb = new StringBuilder(t.text(i));
    int j = i;
    int decimals = 0;
    char sep = 0;
    boolean first3 = t.length(i) <= 3 && t.text.charAt(t.start(i)) != '0';
    int indian = t.length(i) <= 2 ? indianEnd(t, i) : -1;
    for (int g = i + 2; g <= indian; g += 2) {
      sb.append(t.text(g));
      j = g;
      sep = ',';
    }
    while (true) {
      boolean joined = t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2);
      int len = joined ? t.length(j + 2) : 0;
      if (joined && t.isMark(j + 1, ',') && decimals == 0) {
        if (len == 3 && (sep == ',' || (sep == 0 && first3))) {
          sep = ',';
        } else if (sep != ',' && (len != 3 || sep == '.')) {
          sb.append('.');
          decimals = len;
        } else {
          break;
        }
        sb.append(t.text(j + 2));
        j += 2;
      } else if (joined && t.isMark(j + 1, '.')) {
        if (decimals > 0 || (sep == '.' && len != 3)) {
          return versionOrDate(t, i, j);
        }
        if (len == 3 && sep != ',' && (sep == '.' || first3 && dotGroup(t, j + 2)) && !(sep == 0 && scaleAfter(t, j + 3))) {
          sep = '.';
        } else {
          sb.append('.');
          decimals = len;
        }
        sb.append(t.text(j + 2));
        j += 2;
      } else if (decimals == 0 && (sep == 0 || sep == ' ') && first3 && spaceGroup(t, j)) {
        sep = ' ';
        sb.append(t.text(j + 1));
        j += 1;
      } else {
        break;
      }
      if (sb.length() > MAX_DIGITS + 2 + decimals) {
        return skipRun(t, i, j);
      }
    }
    if (sb.length() - (decimals > 0 ? decimals + 1 : 0) > MAX_DIGITS) {
      return skipRun(t, i, j);
    }
    Num n = new Num();
    n.from = i;
    n.to = j + 1;
    n.plainInteger = sep == 0 && decimals == 0;
    BigDecimal v = new BigDecimal(sb.toString());
    n.value = v.doubleValue();
    n.precision = precision(v, decimals);
    if (isNegativeSign(t, i)) {
      n.value = -n.value;
      n.from = i - 1;
      n.plainInteger = false;
    }
    return n;
  }

  /**
   * Indian grouping ("12,34,567.89", "1,00,000"): one or two digits, two-digit groups, then a
   * final three-digit group; the token of that last group, or -1.
   */
  private static int indianEnd(Tokens t, int i) {
    int k = i;
    while (commaGroup(t, k) && t.length(k + 2) == 2) {
      k += 2;
    }
    boolean last3 = k > i && commaGroup(t, k) && t.length(k + 2) == 3 && !commaGroup(t, k + 2);
    return last3 ? k + 2 : -1;
  }

  private static boolean commaGroup(Tokens t, int k) {
    return t.glued(k) && t.glued(k + 1) && t.isMark(k + 1, ',') && t.isDigits(k + 2);
  }

  /**
   * Whether the first three digits after a dot (token g) group thousands: "3.000", "1.234.567",
   * "1.234,56". English comes first, so a lone non-zero group is a decimal ("4.800", "2.123 pm"):
   * a decimal rarely ends in three zeros, and European grouping shows itself by a second group.
   */
  private static boolean dotGroup(Tokens t, int g) {
    if (t.text.startsWith("000", t.start(g))) {
      return true;
    }
    boolean more = t.glued(g) && (t.isMark(g + 1, '.') || t.isMark(g + 1, ',')) && t.glued(g + 1) && t.isDigits(g + 2);
    return more;
  }

  /** "$2.174T", "1.500 million": a scale right after makes a lone dot group a decimal. */
  private boolean scaleAfter(Tokens t, int k) {
    Lexicon.Word w = lex.word(t, k);
    return w != null && w.kind().equals("scale") && w.value() >= 1000;
  }

  /** ".08": a decimal written without its leading zero. */
  private static Num leadingDecimal(Tokens t, int i) {
    BigDecimal v = new BigDecimal("0." + t.text(i));
    Num n = new Num();
    n.from = i - 1;
    n.to = i + 1;
    n.value = v.doubleValue();
    n.precision = precision(v, t.length(i));
    return n;
  }

  /** A single space-like char then exactly three digits that end the group: "98 450". */
  private static boolean spaceGroup(Tokens t, int j) {
    if (!t.isDigits(j + 1) || t.length(j + 1) != 3 || t.start(j + 1) - t.end(j) != 1) {
      return false;
    }
    return !(t.glued(j + 1) && t.isDigits(j + 2));
  }

  private static boolean isNegativeSign(Tokens t, int i) {
    return (t.isMark(i - 1, '-') || t.isMark(i - 1, '\u2212'))
        && t.glued(i - 1)
        && !t.glued(i - 2);
  }

  /** "1.2.3" or "23.06.2025": consume the whole dotted run and report nothing. */
  private static Num versionOrDate(Tokens t, int i, int j) {
    while (t.glued(j) && t.glued(j + 1) && t.isDigits(j + 2)
        && (t.isMark(j + 1, '.') || t.isMark(j + 1, ','))) {
      j += 2;
    }
    return Num.rejected(i, j + 1);
  }

  private static Num skipRun(Tokens t, int i, int j) {
    while (t.glued(j) && (t.isDigits(j + 1) || (t.glued(j + 1) && t.isDigits(j + 2)))) {
      j += t.isDigits(j + 1) ? 1 : 2;
    }
    return Num.rejected(i, j + 1);
  }

  /**
   * The precision rule: with decimals, the place of the last decimal stated ("2.50" is 0.01);
   * without, the place of the last non-zero digit ("600" is 100, "293" is 1), because news rounds
   * large counts and a reader takes "600 personnel" as "about 600 to the hundred".
   */
  static double precision(BigDecimal v, int decimals) {
    if (decimals > 0) {
      return BigDecimal.ONE.movePointLeft(decimals).doubleValue();
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.signum() == 0 ? 1 : Math.max(1, BigDecimal.ONE.movePointLeft(s.scale()).doubleValue());
  }

  /** Applies scale words or a glued suffix after the number: "1.5 million", "$1.38T", "5bn". */
  void scale(Tokens t, Num n, boolean currency) {
    int k = n.to;
    double applied = 1;
    double last = Double.MAX_VALUE;
    for (int steps = 0; steps < 2; steps++) {
      Lexicon.Word w = steps == 0 && n.value < 100 ? dozens(t, k) : lex.word(t, k);
      if (w == null || !w.kind().equals("scale") || (w.currencyOnly() && !currency && !letterScale(t, n, k))
          || w.value() >= last || (steps == 1 && w.value() <= applied)) {
        break;
      }
      if (steps == 1 && w.value() < 1000) {
        break;
      }
      applied *= w.value();
      last = steps == 0 ? Double.MAX_VALUE : w.value();
      k++;
      if (steps == 0 && w.value() < 1000 && w.value() != 100) {
        break;
      }
    }
    if (applied == 1) {
      andAHalf(t, n, 1);
      return;
    }
    n.value = BigDecimal.valueOf(n.value).multiply(BigDecimal.valueOf(applied)).doubleValue();
    n.precision = n.precision * applied;
    n.scale = applied;
    n.to = k;
    andAHalf(t, n, applied);
  }

  /**
   * A scale letter glued to a number with decimals where no unit symbol reads it ("2.5M users",
   * "1.2b"): a scale without a currency, while "2.5m" stays metres and "Apartment 5B" a label.
   */
  private boolean letterScale(Tokens t, Num n, int k) {
    return n.precision < 1 && !n.words && k == n.to && t.glued(k - 1) && lex.unitAt(t, k) == null;
  }

  /**
   * The scale word at k; after a small number a plural such as "dozens" multiplies too ("3
   * dozens"), but not before "of" ("two dozens of" stays vague) nor after a year ("in 2020
   * thousands fled").
   */
  private Lexicon.Word dozens(Tokens t, int k) {
    Lexicon.Word w = lex.word(t, k);
    return w != null && w.kind().equals("vague") && !t.is(k + 1, "of") ? new Lexicon.Word("scale", w.value(), false) : w;
  }

  /** "a million and a half", "two and three quarters": adds the fraction of the last unit. */
  void andAHalf(Tokens t, Num n, double unit) {
    Num m = fractions.mixed(t, n.from, n.to, n.value, unit);
    if (m != null) {
      n.value = m.value;
      n.precision = Math.min(n.precision, m.precision);
      n.to = m.to;
    }
  }

  /** A vulgar fraction character ("½") at token i, or glued after digits ("2½"). */
  Lexicon.Word symbol(Tokens t, int i) {
    Lexicon.Word w = lex.word(t, i);
    return w != null && w.kind().equals("symbol") ? w : null;
  }
}
