package crosscheck.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Multi-word phrases ("more than", "per cent of GDP", "km/h") to values, matched on {@link Tokens}
 * without allocating: a hash of the first (or last) token's folded chars picks a bucket, and the
 * phrases in it are compared token by token, longest first. Built once from the rule tables.
 */
final class Phrases<T> {
  /** A phrase found: its value and token span [from, to). */
  record Match<T>(T value, int from, int to) {}

  /** words of the phrase, and for each whether it is glued to the one before it ("US$"). */
  private record Entry<T>(String[] words, boolean[] glued, T value) {}

  private final boolean caseSensitive;
  private final List<List<Entry<T>>> byFirst;
  private final List<List<Entry<T>>> byLast;
  private final int mask;

  Phrases(boolean caseSensitive) {
    this.caseSensitive = caseSensitive;
    int n = 1024;
    mask = n - 1;
    byFirst = new ArrayList<>(n);
    byLast = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      byFirst.add(new ArrayList<>(0));
      byLast.add(new ArrayList<>(0));
    }
  }

  /** Adds a phrase; the first value given for a phrase wins. */
  void add(String phrase, T value) {
    Tokens t = new Tokens(phrase, 0, phrase.length());
    if (t.size() == 0) {
      throw new IllegalArgumentException("empty phrase");
    }
    String[] words = new String[t.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = caseSensitive ? t.text(i) : t.text(i).toLowerCase(Locale.ROOT);
    }
    boolean[] glued = new boolean[words.length];
    for (int i = 1; i < words.length; i++) {
      glued[i] = t.glued(i - 1);
    }
    Entry<T> e = new Entry<>(words, glued, value);
    insert(byFirst.get(hash(words[0]) & mask), e);
    insert(byLast.get(hash(words[words.length - 1]) & mask), e);
  }

  private static <T> void insert(List<Entry<T>> bucket, Entry<T> e) {
    for (Entry<T> old : bucket) {
      if (java.util.Arrays.equals(old.words(), e.words()) && java.util.Arrays.equals(old.glued(), e.glued())) {
        return;
      }
    }
    int at = 0;
    while (at < bucket.size() && bucket.get(at).words().length >= e.words().length) {
      at++;
    }
    bucket.add(at, e);
  }

  /** The value of the one-token phrase at token i, or null. */
  T word(Tokens t, int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    for (Entry<T> e : byFirst.get(hash(t, i) & mask)) {
      if (e.words().length == 1 && same(t, i, e.words()[0])) {
        return e.value();
      }
    }
    return null;
  }

  /** The longest phrase starting at token i whose tokens are separated by at most one space. */
  Match<T> from(Tokens t, int i) {
    if (i < 0 || i >= t.size()) {
      return null;
    }
    for (Entry<T> e : byFirst.get(hash(t, i) & mask)) {
      String[] w = e.words();
      if (i + w.length <= t.size() && matches(t, i, e)) {
        return new Match<>(e.value(), i, i + w.length);
      }
    }
    return null;
  }

  /** The longest phrase ending at token last (inclusive). */
  Match<T> endingAt(Tokens t, int last) {
    if (last < 0 || last >= t.size()) {
      return null;
    }
    for (Entry<T> e : byLast.get(hash(t, last) & mask)) {
      String[] w = e.words();
      int first = last - w.length + 1;
      if (first >= 0 && matches(t, first, e)) {
        return new Match<>(e.value(), first, last + 1);
      }
    }
    return null;
  }

  /** Token by token; a glued pair in the phrase must be glued in the text, a spaced pair at most one space apart. */
  private boolean matches(Tokens t, int first, Entry<T> e) {
    String[] w = e.words();
    for (int k = 0; k < w.length; k++) {
      if (!same(t, first + k, w[k])) {
        return false;
      }
      int gap = k == 0 ? 0 : t.start(first + k) - t.end(first + k - 1);
      if (k > 0 && (e.glued()[k] ? gap != 0 : gap > 1)) {
        return false;
      }
    }
    return true;
  }

  private boolean same(Tokens t, int i, String w) {
    return t.length(i) == w.length() && t.text.regionMatches(!caseSensitive, t.start(i), w, 0, w.length());
  }

  private int hash(String s) {
    int h = 0;
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + fold(s.charAt(i));
    }
    return spread(h);
  }

  private int hash(Tokens t, int i) {
    int h = 0;
    for (int p = t.start(i); p < t.end(i); p++) {
      h = 31 * h + fold(t.text.charAt(p));
    }
    return spread(h);
  }

  private char fold(char c) {
    if (caseSensitive) {
      return c;
    }
    return c < 128 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) : Character.toLowerCase(c);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }
}
