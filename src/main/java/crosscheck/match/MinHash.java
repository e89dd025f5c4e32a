package crosscheck.match;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import smile.hash.MurmurHash3;

/**
 * MinHash signatures of a text's word shingles. Smile has MurmurHash3 and SimHash but no MinHash,
 * so this small one hashes each word once with Smile's MurmurHash3, combines five word hashes into
 * a shingle hash, and derives the
 * {@link #SIZE} permutations by mixing that hash with fixed seeds (splitmix64 finaliser), the
 * usual cheap stand-in for independent permutations. The share of equal slots of two signatures
 * estimates the Jaccard similarity of their shingle sets; SimHash estimates cosine similarity of
 * term vectors instead, which rates two different articles on one topic too alike.
 */
final class MinHash {
  static final int SIZE = 64;
  static final int SHINGLE = 5;
  private static final long[] SEEDS = new long[SIZE];

  static {
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < SIZE; i++) {
      s += 0x9E3779B97F4A7C15L;
      SEEDS[i] = mix(s);
    }
  }

  private MinHash() {}

  /** The signature of a text, or null when it has fewer than {@link #SHINGLE} words. */
  static long[] signature(String text) {
    List<String> words = words(text);
    int n = words.size();
    if (n < SHINGLE) {
      return null;
    }
    long[] wordHash = new long[n];
    for (int i = 0; i < n; i++) {
      wordHash[i] = MurmurHash3.hash32(words.get(i), 0x5EED) & 0xffffffffL;
    }
    long[] sig = new long[SIZE];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= n; i++) {
      long h = 0;
      for (int k = 0; k < SHINGLE; k++) {
        h = mix(h * 31 + wordHash[i + k]);
      }
      for (int j = 0; j < SIZE; j++) {
        long v = mix(h ^ SEEDS[j]);
        if (v < sig[j]) {
          sig[j] = v;
        }
      }
    }
    return sig;
  }

  /** The lower-case runs of letters and digits. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>(text.length() / 5);
    int i = 0;
    while (i < text.length()) {
      while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** Estimated Jaccard similarity of the two shingle sets. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
