package crosscheck.claim;

import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who says a claim: the source named by the cues of rules/attribution.yaml ("according to X", "X
 * said", "X told"). A cue applies to claims in its own clause, and to the whole sentence when it
 * opens the sentence ("According to X, ...") or closes it ("..., the official said.").
 */
final class AttributionFinder {
  /** A source at tokens {@code from..to}, named through the cue at {@code cueFrom..cueTo}. */
  record Source(CueRule rule, int from, int to, int cueFrom, int cueTo, String text) {}

  private static final Set<String> STOP =
      Set.of(
          ",", ";", ":", ".", "\u201c", "\u201d", "\"", "(", ")", "that", "which", "who", "whereas",
          "while", "but");
  private static final Set<String> SKIPPABLE =
      Set.of(
          "though",
          "however",
          "meanwhile",
          "also",
          "too",
          "recently",
          "further",
          "now",
          "then",
          "again",
          "already",
          "still",
          "have",
          "has",
          "had");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

  /** Days in "X on Friday said": a time between speaker and verb is not part of the speaker. */
  private static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
  private static final Set<String> FINITE =
      Set.of(
          "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
          "might", "should", "must", "does", "did", "do", "having", "being");
  private static final int MAX_WORDS = 12;

  private final PhraseIndex<CueRule> cues = new PhraseIndex<>();

  AttributionFinder(RuleSet rules) {
    for (CueRule r : rules.table("attribution", CueRule.class).rules()) {
      if (!List.of("after", "before", "cue").contains(r.value())) {
        throw new IllegalArgumentException(
            r.id() + ": attribution value must be after, before or cue");
      }
      cues.addAll(r.phrases(), r);
    }
  }

  /** Every attributed source of the sentence, in order. */
  List<Source> all(Tokens t) {
    List<Source> out = new ArrayList<>();
    for (PhraseIndex.Hit<CueRule> h : cues.findAll(t, 0, t.size)) {
      if (t.hyphenated[h.from()]) {
        continue;
      }
      Source s =
          switch (h.value().value()) {
            case "after" -> after(t, h);
            case "before" -> before(t, h);
            default ->
                new Source(
                    h.value(), h.from(), h.to(), h.from(), h.to(), t.surface(h.from(), h.to()));
          };
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /** The source that covers the target token, or null. */
  static Source covering(List<Source> sources, Tokens t, Clauses c, int target) {
    for (Source s : sources) {
      int at = Math.min(s.from(), s.cueFrom());
      int last = Math.max(s.to(), s.cueTo());
      if (target >= at && target < last) {
        continue;
      }
      boolean sameClause = c.clause[Math.min(s.cueFrom(), t.size - 1)] == c.clause[target];
      boolean opens = c.clause[at] == 0 && at < target && !c.leadingSubordinate;
      boolean closes = last >= t.size || onlyPunctuationFrom(t, last);
      if (sameClause || opens || closes) {
        return s;
      }
    }
    return null;
  }

  private static boolean stop(Tokens t, int k) {
    return STOP.contains(t.lower[k]) || t.isPunct(k) && !t.raw[k].equals("&");
  }

  private static boolean isAdverb(String w) {
    return w.length() > 4 && w.endsWith("ly") && Character.isLowerCase(w.charAt(0));
  }

  private static boolean onlyPunctuationFrom(Tokens t, int k) {
    for (int i = k; i < t.size; i++) {
      if (!t.isPunct(i)) {
        return false;
      }
    }
    return true;
  }

  private static Source after(Tokens t, PhraseIndex.Hit<CueRule> h) {
    int s = h.to();
    while (s < t.size && DETERMINERS.contains(t.lower[s])) {
      s++;
    }
    int e = s;
    while (e < t.size && e - s < MAX_WORDS && !stop(t, e)) {
      e++;
    }
    return e > s ? new Source(h.value(), s, e, h.from(), h.to(), t.surface(s, e)) : null;
  }

  private static Source before(Tokens t, PhraseIndex.Hit<CueRule> h) {
    int e = h.from();
    boolean skipped = false;
    while (e > 0) {
      if (SKIPPABLE.contains(t.lower[e - 1]) || isAdverb(t.raw[e - 1])) {
        e--;
      } else if (e >= 2 && t.lower[e - 2].equals("on") && DAYS.contains(t.lower[e - 1])) {
        e -= 2;
      } else if (t.raw[e - 1].equals(",")
          && e >= 2
          && (SKIPPABLE.contains(t.lower[e - 2]) || isAdverb(t.raw[e - 2]))) {
        e -= 2;
      } else {
        break;
      }
      skipped = true;
    }
    if (skipped && e > 0 && t.raw[e - 1].equals(",")) {
      e--;
    }
    int s = e;
    while (s > 0 && e - s < MAX_WORDS && !stop(t, s - 1)) {
      s--;
    }
    while (s < e && DETERMINERS.contains(t.lower[s])) {
      s++;
    }
    if (s >= e || e - s >= MAX_WORDS) {
      return null;
    }
    for (int k = s; k < e; k++) {
      if (FINITE.contains(t.lower[k])) {
        return null;
      }
    }
    return new Source(h.value(), s, e, h.from(), h.to(), possessor(t.surface(s, e)));
  }

  /**
   * A possessive before the cue names the owner of the position, who is the speaker: "Beijing's
   * official position is that" is said by Beijing, not by "Beijing's".
   */
  private static String possessor(String name) {
    return name.endsWith("'s") || name.endsWith("\u2019s") ? name.substring(0, name.length() - 2) : name;
  }
}
