package crosscheck.match;

import crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import smile.nlp.stemmer.PorterStemmer;

/**
 * Quantity claims whose metric the claim stage could not name ("Russia plans to spend $118.4
 * billion on defence in 2024"). Blocking on the key parts they have (subject, time, scope,
 * dimension) gives the candidate facts; the cosine similarity of the sentences' content words
 * ({@link WordVector}, Commons Text's formula; words stemmed with Smile's Porter stemmer; without the subject's words, numbers,
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
    Words words = new Words();
    Map<FactKey, WordVector> vectors = new HashMap<>();
    List<FactKey> order = new ArrayList<>(loose.keySet());
    order.sort(java.util.Comparator.comparing(FactKey::text));
    for (FactKey partial : order) {
      List<Claim> claims = loose.get(partial);
      claims.sort(FactMatcher.CLAIM_ORDER);
      List<FactKey> cands = candidates.computeIfAbsent(partialKey(partial), x -> new ArrayList<>());
      cands.sort(java.util.Comparator.comparing(FactKey::text));
      int made = 0;
      for (Claim c : claims) {
        WordVector v = new WordVector();
        v.add(words.of(c));
        FactKey best = null;
        double bestSim = SAME_FACT;
        for (FactKey k : cands) {
          WordVector kv = vectors.computeIfAbsent(k, x -> sum(blocks.get(x), words));
          double sim = v.cosine(kv);
          if (sim >= bestSim && (best == null || sim > bestSim)) {
            best = k;
            bestSim = sim;
          }
        }
        if (best == null) {
          best = made == 0 ? partial : FactMatcher.withScope(partial, "#" + (made + 1));
          made++;
          blocks.put(best, new ArrayList<>());
          vectors.put(best, new WordVector());
          cands.add(best);
        }
        blocks.get(best).add(c);
        vectors.get(best).add(v.counts);
      }
    }
  }

  /**
   * The words of a block's claims, each distinct word map added once with its count: copies of
   * one story share their word map ({@link Words}), and a block may hold thousands of them. The
   * counts and sum of squares are whole numbers, so the result is the same as adding claim by claim.
   */
  private static WordVector sum(List<Claim> claims, Words words) {
    Map<Map<CharSequence, Integer>, Integer> times = new java.util.IdentityHashMap<>();
    claims.forEach(c -> times.merge(words.of(c), 1, Integer::sum));
    WordVector out = new WordVector();
    times.forEach(out::add);
    return out;
  }

  /**
   * {@link #words} of each sentence and subject once, and each word stemmed once: a sentence with
   * several numbers gives several claims, and large facts repeat their words thousands of times.
   */
  private static final class Words {
    private final PorterStemmer stemmer = new PorterStemmer();
    private final Map<String, String> stems = new HashMap<>();
    private final Map<List<String>, Map<CharSequence, Integer>> bySentence = new HashMap<>();
    private final Map<List<String>, Map<CharSequence, Integer>> byFigurelessSentence = new HashMap<>();

    Map<CharSequence, Integer> of(Claim c) {
      List<String> exact = java.util.Arrays.asList(c.sentence(), c.subject());
      Map<CharSequence, Integer> w = bySentence.get(exact);
      if (w == null) {
        w = byFigurelessSentence.computeIfAbsent(java.util.Arrays.asList(withoutDigits(c.sentence()), c.subject()),
            k -> words(c, this::stem));
        bySentence.put(exact, w);
      }
      return w;
    }

    /**
     * The sentence with each run of ASCII digits cut to one: {@link #words} never sees digits
     * (they split words and change no letter's case), so such sentences give the same words, and
     * copies of one story with other figures are tokenised once.
     */
    private static String withoutDigits(String sentence) {
      if (sentence == null) {
        return null;
      }
      StringBuilder b = new StringBuilder(sentence.length());
      boolean inDigits = false;
      for (int i = 0; i < sentence.length(); i++) {
        char ch = sentence.charAt(i);
        boolean digit = ch >= '0' && ch <= '9';
        if (!digit) {
          b.append(ch);
        } else if (!inDigits) {
          b.append('0');
        }
        inDigits = digit;
      }
      return b.toString();
    }

    private String stem(String word) {
      String s = stems.get(word);
      if (s == null) {
        s = stemmer.stem(word);
        stems.put(word, s);
      }
      return s;
    }
  }

  /**
   * Word counts with their sum of squares kept up to date. The cosine is Commons Text's
   * {@code CosineSimilarity} formula (integer dot product over the product of the norms' square
   * roots; 0 for an empty vector), which gives the same doubles; that class recomputes both norms
   * on every call, and a candidate fact with thousands of claims is compared with every
   * metric-less claim of its block.
   */
  static final class WordVector {
    final Map<CharSequence, Integer> counts = new HashMap<>();
    private long squares;

    void add(Map<CharSequence, Integer> words) {
      add(words, 1);
    }

    /** Adds the words {@code times} over. */
    void add(Map<CharSequence, Integer> words, int times) {
      words.forEach((w, n) -> {
        long old = counts.getOrDefault(w, 0);
        long now = old + (long) n * times;
        counts.put(w, (int) now);
        squares += now * now - old * old;
      });
    }

    double cosine(WordVector other) {
      if (squares <= 0 || other.squares <= 0) {
        return 0;
      }
      Map<CharSequence, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
      Map<CharSequence, Integer> large = small == counts ? other.counts : counts;
      long dot = 0;
      for (Map.Entry<CharSequence, Integer> e : small.entrySet()) {
        Integer m = large.get(e.getKey());
        if (m != null) {
          dot += (long) e.getValue() * m;
        }
      }
      return dot / (Math.sqrt(squares) * Math.sqrt(other.squares));
    }
  }

  /** Content words of the claim's sentence, without its subject's words. */
  static Map<CharSequence, Integer> words(Claim c, java.util.function.UnaryOperator<String> stemmer) {
    Map<CharSequence, Integer> out = new HashMap<>();
    String s = c.sentence() == null ? "" : c.sentence().toLowerCase(Locale.ROOT);
    Set<String> subject = new HashSet<>();
    for (String w : (c.subject() == null ? "" : c.subject().toLowerCase(Locale.ROOT)).split("[^a-z]+")) {
      subject.add(w);
      subject.add(stemmer.apply(w));
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
        String stem = stemmer.apply(w);
        if (!subject.contains(stem)) {
          out.merge(stem, 1, Integer::sum);
        }
      }
    }
    return out;
  }
}
