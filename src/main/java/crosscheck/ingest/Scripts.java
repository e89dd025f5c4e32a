package crosscheck.ingest;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/** Which writing system a text is in: used for language, spam lines and text-derived outlets. */
final class Scripts {
  private Scripts() {}

  /** The counts of letters per script (Han, Hiragana, Latin...), ignoring digits and punctuation. */
  static Map<UnicodeScript, Integer> letterCounts(CharSequence text) {
    Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
          counts.merge(UnicodeScript.LATIN, 1, Integer::sum);
        }
      } else if (Character.isLetter(cp)) {
        counts.merge(UnicodeScript.of(cp), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** The script with most letters, or null for a text without letters. */
  static UnicodeScript dominant(Map<UnicodeScript, Integer> counts) {
    UnicodeScript best = null;
    int most = 0;
    for (Map.Entry<UnicodeScript, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        most = e.getValue();
        best = e.getKey();
      }
    }
    return best;
  }

  static int total(Map<UnicodeScript, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * ISO 639-1 code from the dominant script where the script names one language; "en" otherwise
   * (Latin and Cyrillic serve many languages, and no language detector is bundled).
   */
  static String language(Map<UnicodeScript, Integer> counts) {
    if (counts.getOrDefault(UnicodeScript.HIRAGANA, 0) + counts.getOrDefault(UnicodeScript.KATAKANA, 0) > 0
        && dominantOf(counts, UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA)) {
      return "ja";
    }
    UnicodeScript d = dominant(counts);
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

  private static boolean dominantOf(Map<UnicodeScript, Integer> counts, UnicodeScript... scripts) {
    int sum = 0;
    for (UnicodeScript s : scripts) {
      sum += counts.getOrDefault(s, 0);
    }
    return sum * 2 > total(counts);
  }
}
