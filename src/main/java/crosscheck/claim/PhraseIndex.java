package crosscheck.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Multi-word phrases from the rule files, matched on a token window by hash look-up of the first
 * word (linear in the window, no regular expressions). Words are compared normalised ({@link
 * Words}); a phrase word written in capitals of two or more letters ("US", "PRC") must match the
 * text exactly, so "us" is not the United States. A word "*ing" matches any word ending in "ing";
 * "#year" matches a year (1900 to 2099).
 */
final class PhraseIndex<T> {
  /** A match: tokens {@code from..to} (exclusive) and the values of every rule with that phrase. */
  record Hit<T>(int from, int to, List<T> values) {
    Hit(int from, int to, T value) {
      this(from, to, List.of(value));
    }

    /** The value of the first rule that listed the phrase. */
    T value() {
      return values.get(0);
    }
  }

  private record Entry<T>(String[] words, boolean[] exact, boolean[] capital, List<T> values) {}

  /** The rule word "#year": any year from 1900 to 2099 written in four digits. */
  private static final String YEAR = "#year";

  private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
  private final boolean properNouns;

  /** An index of common words and phrases. */
  PhraseIndex() {
    this(false);
  }

  /**
   * @param properNouns whether a capitalised phrase word must be capitalised in the text too
   *     ("Polish" is not "polished", "Chinese" not "chinese")
   */
  PhraseIndex(boolean properNouns) {
    this.properNouns = properNouns;
  }

  private final List<Entry<T>> wildFirst = new ArrayList<>();

  PhraseIndex<T> add(String phrase, T value) {
    Tokens t = Tokens.of(phrase, 0);
    if (t.size == 0) {
      return this;
    }
    List<String> w = new ArrayList<>();
    List<Boolean> x = new ArrayList<>();
    List<Boolean> caps = new ArrayList<>();
    for (int k = 0; k < t.size; k++) {
      String r = t.raw[k];
      if (r.equals("*") && k + 1 < t.size) {
        w.add("*" + t.lower[++k]);
        x.add(false);
        caps.add(false);
      } else if (r.equals("#") && k + 1 < t.size && t.lower[k + 1].equals("year")) {
        w.add(YEAR);
        k++;
        x.add(false);
        caps.add(false);
      } else {
        x.add(isAcronym(r));
        caps.add(Character.isUpperCase(r.charAt(0)));
        w.add(isAcronym(r) ? r : t.norm[k]);
      }
    }
    String[] words = w.toArray(String[]::new);
    boolean[] exact = new boolean[words.length];
    boolean[] capital = new boolean[words.length];
    for (int k = 0; k < words.length; k++) {
      exact[k] = x.get(k);
      capital[k] = caps.get(k);
    }
    List<Entry<T>> bucket =
        words[0].startsWith("*") || words[0].equals(YEAR)
            ? wildFirst
            : byFirst.computeIfAbsent(words[0], k -> new ArrayList<>());
    for (Entry<T> e : bucket) {
      if (java.util.Arrays.equals(e.words, words)
          && java.util.Arrays.equals(e.exact, exact)
          && java.util.Arrays.equals(e.capital, capital)) {
        e.values.add(value);
        return this;
      }
    }
    List<T> values = new ArrayList<>();
    values.add(value);
    bucket.add(new Entry<>(words, exact, capital, values));
    return this;
  }

  PhraseIndex<T> addAll(List<String> phrases, T value) {
    if (phrases != null) {
      phrases.forEach(p -> add(p, value));
    }
    return this;
  }

  private static boolean isYear(String w) {
    if (w.length() != 4 || !(w.startsWith("19") || w.startsWith("20"))) {
      return false;
    }
    for (int i = 2; i < 4; i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(String w) {
    if (w.length() < 2) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
    }
    return Character.isLetter(w.charAt(0));
  }

  /** The longest phrase starting at token {@code i} and ending by {@code limit}, or null. */
  Hit<T> at(Tokens t, int i, int limit) {
    Hit<T> best = null;
    List<Entry<T>> a = byFirst.get(t.norm[i]);
    if (a != null) {
      best = longest(a, t, i, limit, best);
    }
    List<Entry<T>> b = t.raw[i].equals(t.lower[i]) ? null : byFirst.get(t.raw[i]);
    if (b != null && b != a) {
      best = longest(b, t, i, limit, best);
    }
    if (!wildFirst.isEmpty()) {
      best = longest(wildFirst, t, i, limit, best);
    }
    return best;
  }

  private Hit<T> longest(List<Entry<T>> entries, Tokens t, int i, int limit, Hit<T> best) {
    for (Entry<T> e : entries) {
      int n = e.words.length;
      if (i + n > limit || best != null && best.to() - best.from() >= n) {
        continue;
      }
      boolean ok = true;
      for (int k = 0; k < n && ok; k++) {
        ok =
            wordMatches(e.words[k], e.exact[k], t, i + k)
                && (!properNouns || !e.capital[k] || properNoun(t.raw[i + k], e.exact[k]));
      }
      if (ok) {
        best = new Hit<>(i, i + n, e.values);
      }
    }
    return best;
  }

  private static boolean wordMatches(String w, boolean exact, Tokens t, int k) {
    if (exact) {
      return w.equals(t.raw[k])
          || w.equals(t.raw[k].replace(".", "")) && t.raw[k].length() > w.length();
    }
    if (YEAR.equals(w)) {
      return isYear(t.raw[k]);
    }
    if (w.startsWith("*")) {
      return w.length() == 1
          || t.raw[k].toLowerCase(java.util.Locale.ROOT).endsWith(w.substring(1));
    }
    return w.equals(t.norm[k]);
  }

  /**
   * Capitalised, and not in capitals unless the rule word is an acronym: "BRUSSELS," is a dateline.
   */
  private static boolean properNoun(String w, boolean acronym) {
    return Character.isUpperCase(w.charAt(0)) && (acronym || w.length() < 3 || !isAcronym(w));
  }

  /** Leftmost-longest, non-overlapping matches in tokens {@code from..to}. */
  List<Hit<T>> findAll(Tokens t, int from, int to) {
    List<Hit<T>> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      Hit<T> h = at(t, i, to);
      if (h != null) {
        out.add(h);
        i = h.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /** Whether any phrase matches in tokens {@code from..to}. */
  boolean any(Tokens t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (at(t, i, to) != null) {
        return true;
      }
    }
    return false;
  }
}
