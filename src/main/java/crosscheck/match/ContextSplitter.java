package crosscheck.match;

import crosscheck.claim.Claim;
import crosscheck.quantity.Quantity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.CosineSimilarity;

/**
 * Splits one block of counted things by what is counted: "5,000 units of equipment" and "5,000
 * armoured vehicles" share subject and metric but not the noun after the number. Leader
 * clustering (each claim joins the most similar group so far, by cosine similarity of those
 * nouns, or starts a new one) keeps the cost linear in the block times its few groups. Only plain
 * counts are split: people ("men", "soldiers", "troops") are one unit already, and money or shares
 * name no counted noun.
 */
final class ContextSplitter {
  /** Below this cosine similarity of counted nouns two claims count different things. */
  static final double SAME_THING = 0.3;

  private static final int NOUN_WORDS = 3;
  private static final Set<String> SKIP =
      Set.of("of", "the", "a", "an", "and", "in", "to", "for", "its", "their", "some", "more",
          "than", "worth", "new", "other", "total", "about", "around", "over", "at", "least");
  private static final Set<String> SCALES = Set.of("thousand", "million", "billion", "trillion");
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  private ContextSplitter() {}

  static boolean splits(Claim c) {
    Quantity q = c.quantity();
    return q != null && "count".equals(q.dimension()) && !"persons".equals(q.unit());
  }

  /** The block's claims in groups, in the order of each group's first claim. */
  static List<List<Claim>> split(List<Claim> block) {
    if (block.size() < 2 || !splits(block.get(0))) {
      return List.of(block);
    }
    List<List<Claim>> groups = new ArrayList<>();
    List<Map<CharSequence, Integer>> vectors = new ArrayList<>();
    for (Claim c : block) {
      Map<CharSequence, Integer> v = nouns(c);
      int best = -1;
      double bestSim = SAME_THING;
      for (int g = 0; g < groups.size(); g++) {
        double sim = v.isEmpty() || vectors.get(g).isEmpty() ? 1.0 : COSINE.cosineSimilarity(v, vectors.get(g));
        if (sim >= bestSim && (best < 0 || sim > bestSim)) {
          best = g;
          bestSim = sim;
        }
      }
      if (best < 0) {
        groups.add(new ArrayList<>());
        vectors.add(new HashMap<>());
        best = groups.size() - 1;
      }
      groups.get(best).add(c);
      Map<CharSequence, Integer> acc = vectors.get(best);
      v.forEach((k, n) -> acc.merge(k, n, Integer::sum));
    }
    return groups;
  }

  /** The most frequent counted-noun phrase of a group ("armoured vehicles"), for its key; "" when none. */
  static String label(List<Claim> group) {
    Map<String, Integer> n = new HashMap<>();
    group.forEach(c -> {
      String phrase = String.join(" ", words(c));
      if (!phrase.isEmpty()) {
        n.merge(phrase, 1, Integer::sum);
      }
    });
    return n.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  /** The counted nouns after the number, lower-case and singular, as a term vector. */
  static Map<CharSequence, Integer> nouns(Claim c) {
    Map<CharSequence, Integer> out = new HashMap<>();
    for (String w : words(c)) {
      if (!SKIP.contains(w)) {
        out.merge(singular(w), 1, Integer::sum);
      }
    }
    return out;
  }

  /**
   * Up to three lower-case words naming what is counted: those after the last digit of the
   * surface when the surface includes its noun ("5,000 armoured vehicles"), else those right after
   * the surface in its sentence; stopping at punctuation, scale words skipped.
   */
  private static List<String> words(Claim c) {
    String surface = c.quantity().surface();
    if (surface == null) {
      return new ArrayList<>();
    }
    int lastDigit = surface.length() - 1;
    while (lastDigit >= 0 && !Character.isDigit(surface.charAt(lastDigit))) {
      lastDigit--;
    }
    List<String> inSurface = scan(surface, lastDigit + 1);
    if (!inSurface.isEmpty()) {
      return inSurface;
    }
    String s = c.sentence();
    int at = s == null ? -1 : s.indexOf(surface);
    return at < 0 ? inSurface : scan(s, at + surface.length());
  }

  private static List<String> scan(String s, int from) {
    List<String> out = new ArrayList<>();
    int i = from;
    while (i < s.length() && out.size() < NOUN_WORDS) {
      char ch = s.charAt(i);
      if (Character.isLetter(ch)) {
        int j = i;
        while (j < s.length() && (Character.isLetter(s.charAt(j)) || s.charAt(j) == '-')) {
          j++;
        }
        String w = s.substring(i, j).toLowerCase(Locale.ROOT);
        if (!SCALES.contains(w)) {
          out.add(w);
        }
        i = j;
      } else if (ch == ' ' || ch == '\u00a0') {
        i++;
      } else {
        break;
      }
    }
    while (!out.isEmpty() && SKIP.contains(out.get(out.size() - 1))) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  private static String singular(String w) {
    return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
  }
}
