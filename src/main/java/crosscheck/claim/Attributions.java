package crosscheck.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Attribution across one document: resolves "he" and "the official" to the source named earlier,
 * carries a sentence's opening or closing source ("..., the official said.") into the next sentence
 * of the same paragraph, and falls back to the outlet. Not thread-safe: one per document.
 */
final class Attributions {
  /** The attribution of a claim whose document has no known outlet. */
  static final String OUTLET = "outlet";

  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "him", "her", "them");

  private final String outlet;
  private final List<String> named = new ArrayList<>();
  private String carry;

  Attributions(String outlet) {
    this.outlet = outlet == null || outlet.isBlank() ? OUTLET : outlet;
  }

  String outlet() {
    return outlet;
  }

  /** The attribution of a claim at token {@code target} of the sentence. */
  String of(SentenceView v, int target) {
    AttributionFinder.Source s =
        AttributionFinder.covering(v.sources(), v.tokens(), v.clauses(), target);
    if (s != null) {
      String r = resolve(s.text());
      if (r != null) {
        return r;
      }
    }
    if (carry != null && !v.newParagraph()) {
      return carry;
    }
    return outlet;
  }

  /** Called after each sentence: remember its sources and its frame for the next sentence. */
  void afterSentence(SentenceView v) {
    String frame = null;
    for (AttributionFinder.Source s : v.sources()) {
      String r = resolve(s.text());
      if (r != null && !named.contains(r)) {
        named.add(r);
      }
      if (frame == null && r != null && isFrame(v, s)) {
        frame = r;
      }
    }
    carry = frame;
  }

  void newParagraph() {
    carry = null;
  }

  private static boolean isFrame(SentenceView v, AttributionFinder.Source s) {
    int last = Math.max(s.to(), s.cueTo());
    int first = Math.min(s.from(), s.cueFrom());
    return v.clauses().clause[first] == 0 || last >= v.tokens().size - 1;
  }

  /** The source's name, with pronouns and shortened mentions resolved; null if unresolvable. */
  String resolve(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    if (PRONOUNS.contains(lower)) {
      for (int i = named.size() - 1; i >= 0; i--) {
        if (hasName(named.get(i))) {
          return named.get(i);
        }
      }
      return null;
    }
    for (int i = named.size() - 1; i >= 0; i--) {
      String n = named.get(i);
      if (n.length() > text.length()
          && n.toLowerCase(java.util.Locale.ROOT).endsWith(" " + lower)) {
        return n;
      }
    }
    return text;
  }

  private static boolean hasName(String s) {
    String[] words = s.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (!words[i].isEmpty()
          && Character.isUpperCase(words[i].charAt(0))
          && (i > 0 || words.length > 1)) {
        return true;
      }
    }
    return false;
  }
}
