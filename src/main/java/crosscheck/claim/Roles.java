package crosscheck.claim;

import java.util.List;
import java.util.Set;

/**
 * Who does what to whom around an assertion's trigger: the agent named by an infinitive or gerund
 * ("for China to supply", "of China dispatching"), a partner joined by "and" ("China and Russia
 * held"), the recipient after "to"/"for" (or "with" for joint exercises), and "only" before an
 * object.
 */
final class Roles {
  static final Set<String> PAIR_WORDS = Set.of("they", "both", "two", "their", "together");
  static final Set<String> AID_VERBS =
      Set.of("support", "help", "aid", "arm", "equip", "boost", "bolster");
  static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "these", "those", "this", "that");
  static final int RECIPIENT_REACH = 18;

  private Roles() {}

  /**
   * "for China to supply", "of China dispatching": the entity right before the trigger or its "to".
   */
  static String infinitiveSubject(SentenceView v, int trigger) {
    int end = trigger >= 2 && v.tokens().lower[trigger - 1].equals("to") ? trigger - 1 : trigger;
    for (EntityFinder.Found f : v.entities()) {
      if (f.to() == end && !f.weak() && !v.tokens().possessive[f.to() - 1]) {
        return f.name();
      }
    }
    return null;
  }

  /** "China and Russia held joint exercises": the other entity joined to the agent by "and". */
  static String coordinated(SentenceView v, int trigger, String agent) {
    Tokens t = v.tokens();
    List<EntityFinder.Found> es = v.entities();
    for (int i = 1; i < es.size(); i++) {
      EntityFinder.Found a = es.get(i - 1);
      EntityFinder.Found b = es.get(i);
      if (b.to() <= trigger
          && b.from() == a.to() + 1
          && t.lower[a.to()].equals("and")
          && (a.name().equals(agent) || b.name().equals(agent))
          && !a.name().equals(b.name())) {
        return a.name().equals(agent) ? b.name() : a.name();
      }
    }
    return null;
  }

  static boolean hasLink(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (EntityFinder.PREPOSITIONS.contains(t.lower[k]) || t.lower[k].equals("and")) {
        return true;
      }
    }
    return false;
  }

  static String recipient(
      SentenceView v,
      boolean symmetric,
      boolean noun,
      int triggerFrom,
      int triggerTo,
      String agent) {
    Tokens t = v.tokens();
    int end = Math.min(v.clauses().clauseEnd(triggerFrom), triggerTo + RECIPIENT_REACH);
    for (EntityFinder.Found f : v.entities()) {
      // "according to SIPRI" names the source, never the recipient
      if (f.from() < triggerTo || f.from() >= end || f.weak() || f.name().equals(agent)
          || v.inSource(f.from())) {
        continue;
      }
      int k = f.from() - 1;
      while (k >= triggerTo && DETERMINERS.contains(t.lower[k])) {
        k--;
      }
      String gov = k >= 0 ? t.lower[k] : "";
      boolean ok =
          symmetric
              ? gov.equals("with")
              : gov.equals("to")
                  || gov.equals("for")
                  || k < triggerTo && !noun
                  || AID_VERBS.contains(gov) && k >= 1 && t.lower[k - 1].equals("to");
      if (ok) {
        return f.name();
      }
    }
    return null;
  }

  static boolean mentionsPair(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (PAIR_WORDS.contains(t.lower[k])) {
        return true;
      }
    }
    return false;
  }

  static boolean onlyBefore(Tokens t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.lower[k].equals("only") && !(k > 0 && t.lower[k - 1].equals("not"))) {
        return true;
      }
    }
    return false;
  }
}
