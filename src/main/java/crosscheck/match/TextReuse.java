package crosscheck.match;

import crosscheck.ingest.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds documents that reuse one another's text (wire copy, syndication, light rewrites) by
 * MinHash signatures and LSH banding: documents that share a band become candidates and are
 * joined when their estimated shingle overlap reaches {@link #THRESHOLD}. Cost is linear in the
 * number of documents plus the candidates found.
 */
final class TextReuse {
  /** Estimated Jaccard similarity of 5-word shingles at which two texts count as one. */
  static final double THRESHOLD = 0.3;

  private static final int BANDS = 32;
  private static final int ROWS = MinHash.SIZE / BANDS;

  /** One found link: document {@code b} reuses the text of {@code a} with this similarity. */
  record Link(int a, int b, double similarity) {}

  private TextReuse() {}

  /** The reuse links among the documents, by index, each pair once, in index order. */
  static List<Link> links(List<Document> documents) {
    return bySignature(documents.stream().map(d -> MinHash.signature(d.text())).toList());
  }

  /** As {@link #links(List)}, from the documents' signatures (null for a text too short). */
  static List<Link> bySignature(List<long[]> signatures) {
    long[][] sigs = signatures.toArray(new long[0][]);
    Map<Long, Integer> firstInBucket = new HashMap<>();
    Map<Long, Link> found = new HashMap<>();
    for (int i = 0; i < sigs.length; i++) {
      if (sigs[i] == null) {
        continue;
      }
      for (int band = 0; band < BANDS; band++) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
          h = h * 0x100000001B3L + sigs[i][band * ROWS + r];
        }
        Integer first = firstInBucket.putIfAbsent(h, i);
        if (first != null && first != i) {
          long pair = ((long) first << 32) | i;
          if (!found.containsKey(pair)) {
            double sim = MinHash.similarity(sigs[first], sigs[i]);
            found.put(pair, sim >= THRESHOLD ? new Link(first, i, sim) : null);
          }
        }
      }
    }
    return found.values().stream()
        .filter(l -> l != null)
        .sorted(java.util.Comparator.comparingInt(Link::a).thenComparingInt(Link::b))
        .toList();
  }
}
