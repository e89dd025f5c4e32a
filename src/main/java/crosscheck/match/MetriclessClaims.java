package crosscheck.match;

import crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.text.similarity.CosineSimilarity;
import smile.nlp.stemmer.PorterStemmer;

/**
 * Quantity claims whose metric the claim stage could not name ("Russia plans to spend $118.4
 * billion on defence in 2024"). Blocking on the key parts they have (subject, time, scope,
 * dimension) gives the candidate facts; the cosine similarity of the sentences' content words
 * (Commons Text; words stemmed with Smile's Porter stemmer; without the subject's words, numbers,
 * scale and stop words, which every candidate shares) decides: a claim joins the most similar candidate at or above {@link #SAME_FACT}, else
 * it forms a metric-less fact with similar metric-less claims, by leader clustering. Linear in the
 * claims times the few candidates of a block.
 */
final class MetriclessClaims {
  /** Cosine similarity of content words at which two sentences state the same fact. */
  static final double SAME_FACT = 0.25;

  private static final Set<String> STOP = Set.of(
      "the", "and", "for", "that", "this", "with", "from", "its", "their", "was", "were", "are", "has", "have",
      "had", "will", "would", "said", "says", "according", "on", "in", "of", "to", "at", "by", "as", "an", "be",
      "is", "it", "which", "than", "more", "about", "around", "over", "some", "nearly", "almost", "up",
      "thousand", "million", "billion", "trillion", "percent", "per", "cent", "year", "years", "month", "week",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "also", "after", "since");
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  private MetriclessClaims() {}

  /** The part of the key a metric-less claim is blocked on. */
  static String partialKey(FactKey k) {
    return k.subject() + "|" + k.time() + "|" + k.scope() + "|" + k.dimension();
  }

  /**
   * Places each metric-less claim ({@code loose}) into {@code blocks}: into the most similar block
   * with its partial key, or into a new metric-less block.
   */
  static void place(Map<FactKey, List<Claim>> blocks, Map<FactKey, List<Claim>> loose) {
    Map<String, List<FactKey>> candidates = new HashMap<>();
    for (FactKey k : blocks.keySet()) {
      candidates.computeIfAbsent(partialKey(k), x -> new ArrayList<>()).add(k);
    }
    PorterStemmer stemmer = new PorterStemmer();
    Map<FactKey, Map<CharSequence, Integer>> vectors = new HashMap<>();
    List<FactKey> order = new ArrayList<>(loose.keySet());
    order.sort(java.util.Comparator.comparing(FactKey::text));
    for (FactKey partial : order) {
      List<Claim> claims = loose.get(partial);
      claims.sort(FactMatcher.CLAIM_ORDER);
      List<FactKey> cands = candidates.computeIfAbsent(partialKey(partial), x -> new ArrayList<>());
      cands.sort(java.util.Comparator.comparing(FactKey::text));
      int made = 0;
      for (Claim c : claims) {
        Map<CharSequence, Integer> v = words(c, stemmer);
        FactKey best = null;
        double bestSim = SAME_FACT;
        for (FactKey k : cands) {
          Map<CharSequence, Integer> kv = vectors.computeIfAbsent(k, x -> sum(blocks.get(x), stemmer));
          double sim = v.isEmpty() || kv.isEmpty() ? 0 : COSINE.cosineSimilarity(v, kv);
          if (sim >= bestSim && (best == null || sim > bestSim)) {
            best = k;
            bestSim = sim;
          }
        }
        if (best == null) {
          best = made == 0 ? partial : FactMatcher.withScope(partial, "#" + (made + 1));
          made++;
          blocks.put(best, new ArrayList<>());
          vectors.put(best, new HashMap<>());
          cands.add(best);
        }
        blocks.get(best).add(c);
        Map<CharSequence, Integer> acc = vectors.get(best);
        v.forEach((w, n) -> acc.merge(w, n, Integer::sum));
      }
    }
  }

  private static Map<CharSequence, Integer> sum(List<Claim> claims, PorterStemmer stemmer) {
    Map<CharSequence, Integer> out = new HashMap<>();
    claims.forEach(c -> words(c, stemmer).forEach((w, n) -> out.merge(w, n, Integer::sum)));
    return out;
  }

  /** Content words of the claim's sentence, without its subject's words. */
  static Map<CharSequence, Integer> words(Claim c, PorterStemmer stemmer) {
    Map<CharSequence, Integer> out = new HashMap<>();
    String s = c.sentence() == null ? "" : c.sentence().toLowerCase(Locale.ROOT);
    Set<String> subject = new HashSet<>();
    for (String w : (c.subject() == null ? "" : c.subject().toLowerCase(Locale.ROOT)).split("[^a-z]+")) {
      subject.add(w);
      subject.add(stemmer.stem(w));
    }
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && !Character.isLetter(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      String w = s.substring(start, i);
      if (w.length() >= 3 && !STOP.contains(w) && !subject.contains(w)) {
        String stem = stemmer.stem(w);
        if (!subject.contains(stem)) {
          out.merge(stem, 1, Integer::sum);
        }
      }
    }
    return out;
  }
}
