package crosscheck.match;

import crosscheck.text.Whitespace;
import java.util.Locale;

/** Normalised attribution names, so "according to the Kyiv Post" and "Kyiv Post" are one source. */
public final class QuotedSources {
  private QuotedSources() {}

  /** Lower-case, spaces collapsed, without "according to", a leading "the" or trailing punctuation; null when blank. */
  public static String normalise(String s) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = Whitespace.collapse(s.toLowerCase(Locale.ROOT).strip());
    if (t.startsWith("according to ")) {
      t = t.substring("according to ".length());
    }
    if (t.startsWith("the ")) {
      t = t.substring("the ".length());
    }
    int end = t.length();
    while (end > 0 && ".,;:'\u2019\"".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    t = t.substring(0, end);
    return t.isEmpty() ? null : t;
  }

  /** The claim stage's attribution of a claim with no source when the outlet is unknown. */
  static final String OWN_VOICE = "outlet";

  /**
   * The normalised source a claim quotes, or null when it speaks for its own outlet (no
   * attribution, the outlet's name, or "outlet", the claim stage's word for an unknown outlet).
   */
  public static String quoted(String attribution, String outlet) {
    String a = normalise(attribution);
    return a == null || a.equals(OWN_VOICE) || a.equals(normalise(outlet)) ? null : a;
  }

  /**
   * The named primary source a claim quotes, for independence: as {@link #quoted}, but only when
   * the attribution names someone (a capitalised word: "Kyiv Post", "US officials", "Ukraine's
   * intelligence"). "Analysts" or "the intelligence official" quoted by two outlets are not known
   * to be one source, so they do not join the outlets into one.
   */
  public static String primarySource(String attribution, String outlet) {
    String q = quoted(attribution, outlet);
    if (q == null || !named(attribution)) {
      return null;
    }
    String origin = originOf(attribution);
    return origin != null ? normalise(origin) : q;
  }

  private static final String[] ORIGIN_MARKERS = {" from ", " by "};

  /**
   * The named originator at the end of an attribution that describes what it quotes: "new figures
   * from the Stockholm International Peace Research Institute", "recent comments made by CIA
   * Director William Burns"; null when there is no such part.
   */
  static String originOf(String attribution) {
    String lower = attribution.toLowerCase(Locale.ROOT);
    int best = -1;
    int length = 0;
    for (String m : ORIGIN_MARKERS) {
      int at = lower.lastIndexOf(m);
      if (at > best) {
        best = at;
        length = m.length();
      }
    }
    if (best < 0) {
      return null;
    }
    String rest = attribution.substring(best + length);
    return named(rest) ? rest : null;
  }

  private static boolean named(String raw) {
    String s = raw.strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("according to ")) {
      s = s.substring("according to ".length()).strip();
      lower = s.toLowerCase(Locale.ROOT);
    }
    if (lower.startsWith("the ")) {
      s = s.substring("the ".length());
    }
    boolean wordStart = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (wordStart && Character.isUpperCase(c)) {
        return true;
      }
      wordStart = !Character.isLetterOrDigit(c) && c != '\'' && c != '\u2019';
    }
    return false;
  }
}
