package crosscheck.quantity;

import java.math.BigDecimal;

/**
 * Reads number words at a token: cardinals ("two hundred and fifty thousand", "twenty-five", "a
 * dozen"), fractions ("one third", "two-thirds", "half of", "half a million") and vague quantities
 * ("tens of thousands"). The grammar only moves forward and stops at the first word that does not
 * continue the number, so the cost is linear in the input.
 */
final class WordNumbers {
  private final Lexicon lex;
  private final NumberReader digits;
  private final Fractions fractions;

  WordNumbers(Lexicon lex, NumberReader digits) {
    this.lex = lex;
    this.digits = digits;
    this.fractions = new Fractions(lex);
  }

  /** Number words from WORD token i, or null when none starts there. */
  Num words(Tokens t, int i) {
    Lexicon.Word w0 = lex.word(t, i);
    if (w0 != null && w0.kind().equals("vague")) {
      return vague(t, i, w0);
    }
    Phrases.Match<Lexicon.Word> few = lex.numbers.from(t, i);
    if (few != null && few.value().kind().equals("several")) {
      return several(t, few);
    }
    if (w0 != null && w0.kind().equals("fraction") && w0.value() <= 4) {
      return fractionOfScale(t, i, w0.value());
    }
    boolean article = t.is(i, "a") || t.is(i, "an");
    double total = 0;
    double current = article ? 1 : 0;
    double lastBig = Double.MAX_VALUE;
    boolean started = false;
    int end = -1;
    int lastUnitAt = -1;
    double beforeLastUnit = 0;
    for (int j = article ? i + 1 : i; j < t.size(); j++) {
      Lexicon.Word w = lex.word(t, j);
      if (w == null) {
        Num mixed = started ? fractions.mixed(t, i, j, total + current, current > 0 ? 1 : lastBig) : null;
        if (mixed != null) {
          return mixed;
        }
        if (started && joiner(t, j)) {
          continue;
        }
        Num rest = started && current == 0 && total > 0 ? afterComma(t, j, lastBig) : null;
        if (rest != null) {
          rest.from = i;
          rest.value += total;
          rest.precision = NumberReader.precision(BigDecimal.valueOf(rest.value), 0);
          rest.scale = 1;
          return rest;
        }
        break;
      }
      double v = w.value();
      if (lastUnitAt > i && (w.kind().equals("fraction") || w.kind().equals("ordinal"))) {
        Num split = compound(t, i, lastUnitAt, j + 1, beforeLastUnit); // "one hundred | thirty fifths"
        if (split != null) {
          return split;
        }
      }
      boolean ok;
      switch (w.kind()) {
        case "unit" -> {
          ok = !article && (current == 0
              || (current % 100 == 0 && v < 100)
              || (current % 100 >= 20 && current % 10 == 0 && v < 10));
          if (!ok && (started || article)) {
            Num split = compound(t, i, j, -1, article ? 1 : total + current); // "three | twenty-firsts"
            if (split != null) {
              return split;
            }
          }
          if (ok) {
            beforeLastUnit = total + current;
            lastUnitAt = j;
          }
          current += ok ? v : 0;
        }
        case "scale" -> {
          ok = (started || article) && !w.currencyOnly() && t.length(j) > 2
              && (v < 1000 ? current < 100 : v < lastBig);
          if (ok && v < 1000) {
            current = (current == 0 ? 1 : current) * v;
          } else if (ok) {
            total += (current == 0 ? 1 : current) * v;
            current = 0;
            lastBig = v;
          }
        }
        case "fraction" -> {
          double num = article ? 1 : total + current;
          if (num >= 1 && (started || article) && fractions.allowed(t, j, num, v, article)) {
            return fractions.of(t, i, j, num, v);
          }
          ok = false;
        }
        default -> ok = false;
      }
      if (!ok) {
        break;
      }
      article = false;
      started = true;
      end = j;
    }
    if (!started) {
      return null;
    }
    Num n = new Num();
    n.from = i;
    n.to = end + 1;
    n.words = true;
    n.value = total + current;
    n.precision = NumberReader.precision(BigDecimal.valueOf(n.value), 0);
    if (total > 0 && current == 0) {
      n.scale = lastBig;
    }
    digits.andAHalf(t, n, current > 0 ? 1 : lastBig);
    return n;
  }

  /**
   * A numerator followed by a compound ordinal denominator starting at token s ("three
   * twenty-firsts", "one hundred thirty fifths", "one one hundred and fifth"), when the
   * denominator ends at token {@code to} (any end when negative); null when there is none or
   * {@link Fractions#compoundAllowed} refuses it.
   */
  private Num compound(Tokens t, int i, int s, int to, double numerator) {
    int[] den = fractions.compoundDenominator(t, s);
    if (den == null || numerator < 1 || (to >= 0 && den[1] != to)
        || !fractions.compoundAllowed(t, den[1] - 1, numerator)) {
      return null;
    }
    return fractions.of(t, i, den[1] - 1, numerator, den[0]);
  }

  /**
   * "and" or a hyphen inside number words: "two hundred and fifty", "twenty-five", "two-thirds";
   * spaced too ("fifty - two", "five - eighths"), which cannot be a range since a range rises.
   */
  private boolean joiner(Tokens t, int j) {
    Lexicon.Word next = lex.word(t, j + 1);
    if (next == null) {
      return false;
    }
    if (t.is(j, "and") || t.isMark(j, '&')) {
      return next.kind().equals("unit");
    }
    return t.isDash(j) && t.glued(j - 1) == t.glued(j)
        && (next.kind().equals("unit") || next.kind().equals("fraction"));
  }

  /**
   * "three million, two hundred and forty": after a scale of a thousand or more, a comma and a
   * smaller amount of at least a hundred in words continue the number, as cheques and formal prose
   * write it; a list ("three million, two more") does not.
   */
  private Num afterComma(Tokens t, int j, double lastBig) {
    if (lastBig < 1000 || !t.isMark(j, ',') || !t.isWord(j + 1)) {
      return null;
    }
    Num rest = words(t, j + 1);
    boolean smaller = rest != null && !rest.fraction && !rest.vague && rest.value >= 100 && rest.value < lastBig;
    return smaller ? rest : null;
  }

  /** "half of", "more than half", "half a million", "half a dozen", "quarter million"; null when none of these. */
  private Num fractionOfScale(Tokens t, int i, double denominator) {
    boolean hedged = lex.hedgesBefore.endingAt(t, i - 1) != null && !t.is(i + 1, "a") && !t.is(i + 1, "an");
    if (denominator == 2 && (t.is(i + 1, "of") || t.is(i + 1, "the") || hedged)) {
      return Fractions.fraction(i, i + 1, 1, 2);
    }
    int k = t.is(i + 1, "a") || t.is(i + 1, "an") ? i + 2 : i + 1;
    Lexicon.Word s = lex.word(t, k);
    if (s == null || !s.kind().equals("scale") || s.currencyOnly() || t.length(k) <= 2 || s.value() < 12) {
      return null;
    }
    Num n = new Num();
    n.from = i;
    n.to = k + 1;
    n.words = true;
    n.value = s.value() / denominator;
    n.precision = n.value;
    n.scale = s.value();
    return n;
  }

  /** "tens of thousands", "hundreds of", "dozens": [v, 10v), approximate. */
  private Num vague(Tokens t, int i, Lexicon.Word w) {
    double base = w.value();
    int k = i + 1;
    Lexicon.Word w2 = t.is(k, "of") ? lex.word(t, k + 1) : null;
    if (w2 != null && w2.kind().equals("vague") && w2.value() >= 1000 && w2.value() > base) {
      base *= w2.value();
      k += 2;
    }
    Num n = new Num();
    n.from = i;
    n.to = k;
    n.words = true;
    n.vague = true;
    n.value = base;
    n.vagueHigh = base * 10;
    n.precision = base;
    return n;
  }

  /** "several hundred", "a few thousand": [m * s, 10 * s), approximate; null without a scale. */
  private Num several(Tokens t, Phrases.Match<Lexicon.Word> m) {
    Lexicon.Word s = lex.word(t, m.to());
    if (s == null || !s.kind().equals("scale") || s.currencyOnly() || t.length(m.to()) <= 2 || s.value() < 12) {
      return null;
    }
    Num n = new Num();
    n.from = m.from();
    n.to = m.to() + 1;
    n.words = true;
    n.vague = true;
    n.value = m.value().value() * s.value();
    n.vagueHigh = 10 * s.value();
    n.precision = s.value();
    return n;
  }
}
