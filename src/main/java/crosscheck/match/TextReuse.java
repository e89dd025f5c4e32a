package crosscheck.match;

import crosscheck.ingest.Document;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The reuse links among the documents, by index, each pair once, ordered by the later document
   * ({@code b}). Consumers must not depend on the order within one {@code b}: union-find keeps the
   * smaller index as root and scores are maxima, so no order is imposed (sorting cost a re-run
   * more than finding the links).
   */
  static List<Link> links(List<Document> documents) {
    return bySignature(documents.stream().map(d -> MinHash.signature(d.text())).toList());
  }

  /** As {@link #links(List)}, from the documents' signatures (null for a text too short). */
  static List<Link> bySignature(List<long[]> signatures) {
    long[][] sigs = signatures.toArray(new long[0][]);
    int[] firsts = firstsInBuckets(sigs);
    List<Link> out = new ArrayList<>();
    // comparedWith[j] == i + 1: document j was compared with document i already (a pair (j, i)
    // can only arise while i is read, so one mark per document is enough)
    int[] comparedWith = new int[sigs.length];
    for (int i = 0; i < sigs.length; i++) {
      if (sigs[i] == null) {
        continue;
      }
      for (int band = 0; band < BANDS; band++) {
        int first = firsts[band * sigs.length + i];
        if (first >= 0 && first != i && comparedWith[first] != i + 1) {
          comparedWith[first] = i + 1;
          double sim = MinHash.similarity(sigs[first], sigs[i]);
          if (sim >= THRESHOLD) {
            out.add(new Link(first, i, sim));
          }
        }
      }
    }
    return out;
  }

  /**
   * For each band and document (at {@code band * documents + document}), the first document with
   * the same band hash, or -1 when it is the first itself or has no signature. Band by band, so
   * that the bucket table is one band's (a corpus's whole table missed the CPU caches on most
   * look-ups); each document's band hashes are made in one pass over its signature.
   */
  private static int[] firstsInBuckets(long[][] sigs) {
    int docs = sigs.length;
    long[] hashes = new long[BANDS * docs];
    for (int i = 0; i < docs; i++) {
      if (sigs[i] == null) {
        continue;
      }
      for (int band = 0; band < BANDS; band++) {
        long h = band;
        for (int r = 0; r < ROWS; r++) {
          h = h * 0x100000001B3L + sigs[i][band * ROWS + r];
        }
        hashes[band * docs + i] = h;
      }
    }
    int[] firsts = new int[BANDS * docs];
    Buckets buckets = new Buckets(docs);
    for (int band = 0; band < BANDS; band++) {
      buckets.clear();
      for (int i = 0; i < docs; i++) {
        int at = band * docs + i;
        firsts[at] = sigs[i] == null ? -1 : buckets.putIfAbsent(hashes[at], i);
      }
    }
    return firsts;
  }

  /**
   * Band hash to the first document that had it: an open-addressing table of primitives, since
   * a boxed map cost most of the time of a re-run's matching.
   */
  private static final class Buckets {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    Buckets(int expected) {
      int size = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
      keys = new long[size];
      values = new int[size];
      mask = size - 1;
      clear();
    }

    void clear() {
      java.util.Arrays.fill(values, -1);
    }

    /** The document already in the bucket, or -1 after putting {@code doc} there. */
    int putIfAbsent(long key, int doc) {
      int at = (int) (mix(key) & mask);
      while (values[at] >= 0) {
        if (keys[at] == key) {
          return values[at];
        }
        at = (at + 1) & mask;
      }
      keys[at] = key;
      values[at] = doc;
      return -1;
    }

    private static long mix(long z) {
      z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
      return z ^ (z >>> 33);
    }
  }
}
