package crosscheck.claim;

import java.util.Locale;
import java.util.Map;

/**
 * Word normalisation for matching rule words against text: lower case, British and American
 * spellings folded, and a light suffix stemmer ("supplies", "supplied", "supplying" and "supply"
 * all give "supply"), so rule files list a word once. Short words are left alone.
 */
final class Words {
  private static final Map<String, String> SPELLING =
      Map.of(
          "defence",
          "defense",
          "armour",
          "armor",
          "armoured",
          "armored",
          "programme",
          "program",
          "labour",
          "labor",
          "tonnes",
          "tons",
          "tonne",
          "ton");

  private Words() {}

  static String norm(String word) {
    return normLower(word.toLowerCase(Locale.ROOT));
  }

  /** {@link #norm} of a word already in lower case. */
  static String normLower(String lower) {
    String w = lower;
    if (w.indexOf('\u2019') >= 0) {
      w = w.replace('\u2019', '\'');
    }
    w = SPELLING.getOrDefault(w, w);
    return stem(w);
  }

  private static String stem(String w) {
    int n = w.length();
    if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
      return w;
    }
    if (w.endsWith("ies") || w.endsWith("ied")) {
      return keep(w, w.substring(0, n - 3) + "y");
    }
    if (w.endsWith("ing")) {
      return keep(w, dropE(w.substring(0, n - 3)));
    }
    if (w.endsWith("ed")) {
      return keep(w, dropE(w.substring(0, n - 2)));
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes")) {
      return w.substring(0, n - 2);
    }
    if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("s")) {
      return keep(w, dropE(w.substring(0, n - 1)));
    }
    return dropE(w);
  }

  /** The stem, unless it got too short to tell words apart ("noted" must not become "not"). */
  private static String keep(String word, String stem) {
    return stem.length() >= 4 ? stem : word;
  }

  private static String dropE(String w) {
    return w.length() > 4 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
  }
}
