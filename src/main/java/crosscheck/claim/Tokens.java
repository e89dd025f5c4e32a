package crosscheck.claim;

import crosscheck.text.Whitespace;
import java.util.Arrays;

/**
 * A sentence cut into word and punctuation tokens with document offsets: the token window every
 * finder of this package works on. Hand-written scanner (no regular expressions) so it runs in
 * linear time on any input. Hyphens split words ("Chinese-made" gives "Chinese", "made"); a
 * possessive "'s" is dropped from the word and remembered.
 */
final class Tokens {
  final String[] raw;
  final String[] norm;
  final String[] lower;
  final int[] start;
  final int[] end;
  final boolean[] possessive;

  /** Whether the word was joined to the one before by a hyphen ("value-added"). */
  final boolean[] hyphenated;

  final int size;
  private final String text;
  private final int offset;

  private Tokens(
      String[] raw,
      String[] norm,
      String[] lower,
      int[] start,
      int[] end,
      boolean[] possessive,
      boolean[] hyphenated,
      int size,
      String text,
      int offset) {
    this.text = text;
    this.offset = offset;
    this.raw = raw;
    this.norm = norm;
    this.lower = lower;
    this.start = start;
    this.end = end;
    this.possessive = possessive;
    this.hyphenated = hyphenated;
    this.size = size;
  }

  /** Tokens of {@code text}, whose first char sits at {@code offset} in the document. */
  static Tokens of(String text, int offset) {
    int cap = 16;
    String[] raw = new String[cap];
    int[] st = new int[cap];
    int[] en = new int[cap];
    boolean[] pos = new boolean[cap];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      char c = text.charAt(i);
      int s = i;
      boolean poss = false;
      if (Character.isLetterOrDigit(c)) {
        i++;
        while (i < len) {
          char d = text.charAt(i);
          if (Character.isLetterOrDigit(d)) {
            i++;
          } else if (d == '.'
              && text.substring(s, i).indexOf('.') > 0
              && i - s <= 4
              && Character.isLetter(text.charAt(i - 1))
              && (i + 1 >= len || !Character.isLetterOrDigit(text.charAt(i + 1)))) {
            i++;
            break;
          } else if ((d == '.' || d == ',')
              && i + 1 < len
              && Character.isLetterOrDigit(text.charAt(i + 1))
              && (d == '.'
                  || Character.isDigit(text.charAt(i - 1))
                      && Character.isDigit(text.charAt(i + 1)))) {
            i++;
          } else if ((d == '\'' || d == '\u2019')
              && i + 1 < len
              && Character.isLetter(text.charAt(i + 1))) {
            boolean sEnd =
                (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 >= len || !Character.isLetterOrDigit(text.charAt(i + 2)));
            if (sEnd) {
              poss = true;
              break;
            }
            i++;
          } else {
            break;
          }
        }
      } else if (Character.isWhitespace(c) || c == '-' || c == '\u2010' || c == '\u2011') {
        i++;
        continue;
      } else {
        i++;
      }
      if (n == cap) {
        cap *= 2;
        raw = Arrays.copyOf(raw, cap);
        st = Arrays.copyOf(st, cap);
        en = Arrays.copyOf(en, cap);
        pos = Arrays.copyOf(pos, cap);
      }
      raw[n] = text.substring(s, i);
      st[n] = offset + s;
      en[n] = offset + i;
      pos[n] = poss;
      n++;
      if (poss) {
        i += 2;
      }
    }
    String[] norm = new String[n];
    String[] lower = new String[n];
    for (int k = 0; k < n; k++) {
      lower[k] = raw[k].toLowerCase(java.util.Locale.ROOT);
      norm[k] = Words.normLower(lower[k]);
    }
    boolean[] hyph = new boolean[n];
    for (int k = 1; k < n; k++) {
      char c = st[k] - offset > 0 ? text.charAt(st[k] - offset - 1) : ' ';
      hyph[k] = (c == '-' || c == '\u2010' || c == '\u2011') && en[k - 1] == st[k] - 1;
    }
    return new Tokens(raw, norm, lower, st, en, pos, hyph, n, text, offset);
  }

  /** The first token that starts at or after document offset {@code offset}, or size. */
  int indexAtOrAfter(int offset) {
    for (int k = 0; k < size; k++) {
      if (start[k] >= offset) {
        return k;
      }
    }
    return size;
  }

  /** The index after the last token that ends at or before {@code offset}. */
  int indexEndingBy(int offset) {
    int k = 0;
    while (k < size && end[k] <= offset) {
      k++;
    }
    return k;
  }

  boolean isPunct(int k) {
    return raw[k].length() == 1 && !Character.isLetterOrDigit(raw[k].charAt(0));
  }

  /**
   * The text of tokens {@code from..to} (exclusive) as written, a possessive included, spaces
   * collapsed.
   */
  String surface(int from, int to) {
    int e = end[to - 1] - offset + (possessive[to - 1] ? 2 : 0);
    String s = text.substring(start[from] - offset, Math.min(text.length(), e));
    return Whitespace.collapse(s);
  }
}
