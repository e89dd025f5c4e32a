package crosscheck.ingest;

import java.lang.Character.UnicodeScript;

/**
 * Letters per writing system (Han, Latin, Cyrillic...) of a text: used for the language, for
 * spam lines in another script, and to reject a footer "outlet" in a foreign script. Counted in
 * one pass into an array (this runs on every document).
 */
final class Scripts {
  private static final UnicodeScript[] ALL = UnicodeScript.values();
  /** 1 for the ASCII letters: a table lookup instead of two comparisons per character. */
  private static final byte[] ASCII_LETTER = new byte[0x80];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      ASCII_LETTER[c] = 1;
      ASCII_LETTER[Character.toUpperCase(c)] = 1;
    }
  }

  private final int[] counts = new int[ALL.length];
  private int total;

  private Scripts() {}

  /** Letters all ASCII: that many Latin letters. */
  static Scripts latin(int letters) {
    Scripts s = new Scripts();
    s.counts[UnicodeScript.LATIN.ordinal()] = letters;
    s.total = letters;
    return s;
  }

  /** Counts the letters of the text; digits, punctuation and spaces are not letters. */
  static Scripts of(String text) {
    return of(text, 0, text.length());
  }

  /** The letters of text[from, to). */
  static Scripts of(String text, int from, int to) {
    Scripts s = new Scripts();
    int latin = 0;
    int n = to;
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        latin += ASCII_LETTER[c];
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint(c, text.charAt(++i));
      }
      if (Character.isLetter(cp)) {
        s.counts[UnicodeScript.of(cp).ordinal()]++;
        s.total++;
      }
    }
    s.counts[UnicodeScript.LATIN.ordinal()] += latin;
    s.total += latin;
    return s;
  }

  int get(UnicodeScript script) {
    return counts[script.ordinal()];
  }

  int total() {
    return total;
  }

  /** The script with most letters (the first in Unicode order on a tie), or null without letters. */
  UnicodeScript dominant() {
    int best = -1;
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0 && (best < 0 || counts[i] > counts[best])) {
        best = i;
      }
    }
    return best < 0 ? null : ALL[best];
  }

  /**
   * ISO 639-1 code from the dominant script where the script names one language; "en" otherwise
   * (Latin and Cyrillic serve many languages, and no language detector is bundled).
   */
  String language() {
    int kana = get(UnicodeScript.HIRAGANA) + get(UnicodeScript.KATAKANA);
    if (kana > 0 && (kana + get(UnicodeScript.HAN)) * 2 > total) {
      return "ja";
    }
    UnicodeScript d = dominant();
    if (d == null) {
      return "en";
    }
    return switch (d) {
      case HAN -> "zh";
      case HANGUL -> "ko";
      case GREEK -> "el";
      case HEBREW -> "he";
      case THAI -> "th";
      case ARABIC -> "ar";
      default -> "en";
    };
  }
}
