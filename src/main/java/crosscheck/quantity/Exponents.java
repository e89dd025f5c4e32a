package crosscheck.quantity;

import java.math.BigDecimal;

/**
 * Scientific notation after a number: "1.2e3", "1.2E-3", "3 x 10^8", "1.5×10⁶", "2.48×10−5" (a
 * superscript exponent that lost its formatting). The power of ten must be written as such ("10"
 * then "^", superscripts, or a glued sign and digits), so "3 x 10 m" stays a size.
 */
final class Exponents {
  private static final String SUPERSCRIPTS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079";
  private static final int MAX_EXPONENT = 99;

  private Exponents() {}

  /** Applies an exponent written at the end of n; false when there is none. */
  static boolean apply(Tokens t, Num n) {
    int k = n.to;
    int[] exp = null;
    if (t.isWord(k) && t.length(k) == 1 && (t.is(k, "e")) && t.glued(k - 1) && t.glued(k)) {
      exp = signedDigits(t, k + 1);
    } else if (timesSign(t, k) && t.start(k) - t.end(k - 1) <= 1 && t.is(k + 1, "10") && t.start(k + 1) - t.end(k) <= 1
        && t.glued(k + 1)) {
      int p = k + 2;
      if (t.isMark(p, '^') && t.glued(p)) {
        exp = signedDigits(t, p + 1);
      } else if (superscript(t, p) >= 0 || t.isMark(p, '\u207b')) {
        exp = superscripts(t, p);
      } else if (t.glued(k - 1) && t.glued(k) && (t.isMark(p, '-') || t.isMark(p, '\u2212'))) {
        exp = signedDigits(t, p);
      }
    }
    if (exp == null || Math.abs(exp[0]) > MAX_EXPONENT || t.glued(exp[1] - 1) && exp[1] < t.size()
        && (t.isWord(exp[1]) || t.isDigits(exp[1]))) {
      return false;
    }
    n.value = BigDecimal.valueOf(n.value).scaleByPowerOfTen(exp[0]).doubleValue();
    n.precision = BigDecimal.valueOf(n.precision).scaleByPowerOfTen(exp[0]).doubleValue();
    n.plainInteger = false;
    n.to = exp[1];
    return true;
  }

  private static boolean timesSign(Tokens t, int k) {
    return t.isMark(k, '\u00d7') || t.isMark(k, '*') || t.is(k, "x");
  }

  /** An optional glued sign and digits from token p: {exponent, end token}, or null. */
  private static int[] signedDigits(Tokens t, int p) {
    int sign = 1;
    if (t.isMark(p, '-') || t.isMark(p, '\u2212') || t.isMark(p, '+')) {
      sign = t.isMark(p, '+') ? 1 : -1;
      if (!t.glued(p)) {
        return null;
      }
      p++;
    }
    if (!t.isDigits(p) || t.length(p) > 3) {
      return null;
    }
    return new int[] {sign * Integer.parseInt(t.text(p)), p + 1};
  }

  /** Superscript sign and digits from token p, each one char: {exponent, end token}, or null. */
  private static int[] superscripts(Tokens t, int p) {
    int sign = 1;
    if (t.isMark(p, '\u207b')) {
      sign = -1;
      p++;
    }
    int value = 0;
    int digits = 0;
    while (superscript(t, p) >= 0 && t.glued(p - 1) && digits < 3) {
      value = value * 10 + superscript(t, p);
      digits++;
      p++;
    }
    return digits == 0 ? null : new int[] {sign * value, p};
  }

  private static int superscript(Tokens t, int p) {
    if (p < 0 || p >= t.size() || t.length(p) != 1) {
      return -1;
    }
    return SUPERSCRIPTS.indexOf(t.text.charAt(t.start(p)));
  }
}
