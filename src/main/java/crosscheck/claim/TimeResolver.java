package crosscheck.claim;

import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The period a claim refers to, as ISO, from the time expressions of its sentence: explicit years
 * and months ("in 2021", "February 2022", "since 2014" gives "2014/published", "between 2020 and
 * 2022"), and the phrases of rules/time.yaml resolved against the publication date ("last year",
 * "this month", "a year after the full-scale invasion"). Null when the sentence does not say: the
 * time is never guessed.
 */
final class TimeResolver {
  /** A time expression at tokens {@code from..to}; {@code rule} is the time.yaml id or EXPLICIT. */
  record Found(int from, int to, String iso, String rule, boolean present) {}

  static final String EXPLICIT = "EXPLICIT_DATE";
  private static final int PRESENT_REACH = 4;
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1),
          Map.entry("february", 2),
          Map.entry("march", 3),
          Map.entry("april", 4),
          Map.entry("may", 5),
          Map.entry("june", 6),
          Map.entry("july", 7),
          Map.entry("august", 8),
          Map.entry("september", 9),
          Map.entry("october", 10),
          Map.entry("november", 11),
          Map.entry("december", 12),
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("sept", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));
  private static final Map<String, Integer> SMALL =
      Map.of("a", 1, "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "1", 1, "2", 2, "3", 3);

  private final PhraseIndex<TimeRule> phrases = new PhraseIndex<>();

  TimeResolver(RuleSet rules) {
    for (TimeRule r : rules.table("time", TimeRule.class).rules()) {
      phrases.addAll(r.phrases(), r);
    }
  }

  /** Every time expression of the sentence, given the publication date (ISO, or null). */
  List<Found> all(Tokens t, String published) {
    List<Found> out = new ArrayList<>();
    Iso pub = Iso.parse(published);
    int i = 0;
    while (i < t.size) {
      PhraseIndex.Hit<TimeRule> h = phrases.at(t, i, t.size);
      if (h != null) {
        Found f = fromRule(t, h, pub);
        if (f != null) {
          out.add(f);
        }
        i = h.to();
        continue;
      }
      Found f = explicit(t, i, pub);
      if (f != null) {
        out.add(f);
        i = f.to();
      } else {
        i++;
      }
    }
    return out;
  }

  /**
   * The time for a claim at tokens {@code from..to}, its measured noun at {@code noun} (or -1):
   * present tense right before it; else the nearest date in its chunk (between commas); else one in
   * its noun's chunk; else a date that opens the sentence ("In 2023, ..."); else the sentence's
   * only date when it stands in the first chunk ("A year after the invasion, ...") or in the chunk
   * right after the number ("5% of GDP, to be reached by 2035"); else null.
   */
  static Found choose(List<Found> found, Clauses c, int from, int to, int noun) {
    for (Found f : found) {
      if (f.present() && f.to() <= from && from - f.to() <= PRESENT_REACH) {
        return f;
      }
    }
    Found best = null;
    for (Found f : found) {
      if (!f.present()
          && c.chunk[f.from()] == c.chunk[from]
          && (best == null || distance(f, from, to) < distance(best, from, to))) {
        best = f;
      }
    }
    if (best == null && noun >= 0) {
      for (Found f : found) {
        if (!f.present() && c.chunk[f.from()] == c.chunk[noun]) {
          best = f;
        }
      }
    }
    if (best == null
        && !found.isEmpty()
        && found.get(0).from() <= 1
        && !found.get(0).present()
        && c.chunk[found.get(0).from()] == 0
        && c.chunk[from] != 0) {
      best = found.get(0);
    }
    if (best == null) {
      List<Found> dated = found.stream().filter(f -> !f.present()).toList();
      Found only = dated.size() == 1 ? dated.get(0) : null;
      if (only != null
          && (c.chunk[only.from()] == 0 && only.to() <= from
              || c.chunk[only.from()] == c.chunk[Math.max(from, to - 1)] + 1)) {
        best = dated.get(0);
      }
    }
    return best;
  }

  private static int distance(Found f, int from, int to) {
    return f.to() <= from ? from - f.to() : f.from() - to;
  }

  private Found fromRule(Tokens t, PhraseIndex.Hit<TimeRule> h, Iso pub) {
    TimeRule r = h.value();
    String iso =
        switch (r.unit()) {
          case "year" -> pub == null ? null : String.valueOf(pub.year + r.offset());
          case "month" -> pub == null || pub.month == 0 ? null : pub.plusMonths(r.offset()).iso();
          case "published" -> pub == null ? null : pub.text;
          case "quarter" -> quarterYear(t, h.to(), r.quarter(), pub);
          default -> anchored(t, h.from(), Iso.parse(r.anchor()), pub);
        };
    return iso == null
        ? null
        : new Found(h.from(), h.to(), iso, r.id(), r.unit().equals("published"));
  }

  /**
   * The year of "the first quarter" said without a year: the publication year when that quarter
   * had begun by publication, else the year before; null when a year follows ("first quarter of
   * 2025": the explicit year decides) or the publication date is unknown.
   */
  private static String quarterYear(Tokens t, int after, int quarter, Iso pub) {
    int k = after < t.size && t.lower[after].equals("of") ? after + 1 : after;
    if (pub == null || k < t.size && isYear(t.lower[k])) {
      return null;
    }
    int start = (quarter - 1) * 3 + 1;
    return String.valueOf(pub.month == 0 || pub.month >= start ? pub.year : pub.year - 1);
  }

  private static boolean isYear(String w) {
    return w.length() == 4
        && (w.startsWith("19") || w.startsWith("20"))
        && Character.isDigit(w.charAt(2))
        && Character.isDigit(w.charAt(3));
  }

  /** An event date, moved by "a year after" or widened by "since" before it. */
  private static String anchored(Tokens t, int at, Iso anchor, Iso pub) {
    for (int k = at - 1; k >= Math.max(0, at - 12); k--) {
      if (t.lower[k].equals("after")
          && k >= 2
          && t.norm[k - 1].equals("year")
          && SMALL.containsKey(t.lower[k - 2])) {
        return anchor.plusMonths(12 * SMALL.get(t.lower[k - 2])).iso();
      }
      if (t.lower[k].equals("since") && pub != null) {
        return anchor.iso() + "/" + pub.text;
      }
    }
    return anchor.iso();
  }

  private static Found explicit(Tokens t, int i, Iso pub) {
    Integer month = MONTHS.get(t.lower[i]);
    int y = year(t, i);
    if (month != null
        && !(t.raw[i].equals("May")
            && i + 1 < t.size
            && year(t, i + 1) < 0
            && !t.lower[Math.max(0, i - 1)].equals("in"))) {
      if (i + 1 < t.size && year(t, i + 1) > 0) {
        return since(t, i, i + 2, "%04d-%02d".formatted(year(t, i + 1), month), pub);
      }
      if (Character.isUpperCase(t.raw[i].charAt(0)) && pub != null && !t.raw[i].equals("May")) {
        int yy = pub.month > 0 && month > pub.month ? pub.year - 1 : pub.year;
        return since(t, i, i + 1, "%04d-%02d".formatted(yy, month), pub);
      }
      return null;
    }
    if (y < 0) {
      return null;
    }
    if (i + 2 < t.size
        && (t.lower[i + 1].equals("and") || t.lower[i + 1].equals("to"))
        && year(t, i + 2) > y) {
      return new Found(i, i + 3, y + "/" + year(t, i + 2), EXPLICIT, false);
    }
    if (i + 1 < t.size && year(t, i + 1) > y) {
      return new Found(i, i + 2, y + "/" + year(t, i + 1), EXPLICIT, false);
    }
    return since(t, i, i + 1, String.valueOf(y), pub);
  }

  private static Found since(Tokens t, int from, int to, String iso, Iso pub) {
    boolean since = from > 0 && t.lower[from - 1].equals("since");
    String v = since && pub != null ? iso + "/" + pub.text : iso;
    return new Found(since ? from - 1 : from, to, v, EXPLICIT, false);
  }

  /** The year a token names (1900..2099 written as four digits), or -1. */
  private static int year(Tokens t, int i) {
    String w = t.raw[i];
    if (w.length() != 4) {
      return -1;
    }
    for (int k = 0; k < 4; k++) {
      if (!Character.isDigit(w.charAt(k))) {
        return -1;
      }
    }
    int y = Integer.parseInt(w);
    return y >= 1900 && y <= 2099 ? y : -1;
  }

  /** A parsed ISO date of year, month or day precision. */
  record Iso(int year, int month, String text) {
    static Iso parse(String s) {
      if (s == null || s.length() < 4) {
        return null;
      }
      try {
        int y = Integer.parseInt(s.substring(0, 4));
        int m = s.length() >= 7 ? Integer.parseInt(s.substring(5, 7)) : 0;
        return new Iso(
            y, m, s.length() >= 7 ? s.substring(0, Math.min(s.length(), 10)) : s.substring(0, 4));
      } catch (NumberFormatException e) {
        return null;
      }
    }

    Iso plusMonths(int n) {
      int total = year * 12 + (month == 0 ? 0 : month - 1) + n;
      return new Iso(total / 12, total % 12 + 1, null);
    }

    String iso() {
      return month == 0 ? String.valueOf(year) : "%04d-%02d".formatted(year, month);
    }
  }
}
