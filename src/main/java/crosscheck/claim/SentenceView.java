package crosscheck.claim;

import crosscheck.text.Sentence;
import java.util.List;

/** One sentence as the finders see it: tokens, clauses, entities, sources and time expressions. */
record SentenceView(
    Sentence sentence,
    Tokens tokens,
    Clauses clauses,
    List<EntityFinder.Found> entities,
    List<AttributionFinder.Source> sources,
    List<TimeResolver.Found> times,
    boolean newParagraph) {

  /** Whether token {@code k} lies inside a named source ("according to Ukrainian intelligence"). */
  boolean inSource(int k) {
    for (AttributionFinder.Source s : sources) {
      if (k >= s.from() && k < s.to()) {
        return true;
      }
    }
    return false;
  }

  /** The subject-like entity nearest before token {@code k} in its clause, or null. */
  EntityFinder.Found nearestBefore(int k, boolean allowGoverned) {
    int clause = clauses.clause[Math.min(k, tokens.size - 1)];
    EntityFinder.Found best = null;
    for (EntityFinder.Found f : entities) {
      if (f.to() > k || f.weak() || inSource(f.from()) || clauses.clause[f.from()] != clause) {
        continue;
      }
      if (!allowGoverned && EntityFinder.governedByPreposition(tokens, f)) {
        continue;
      }
      best = f;
    }
    return best;
  }

  /** The entity (weak ones included) ending at most {@code reach} words before token {@code k}. */
  EntityFinder.Found modifierOf(int k, int reach) {
    for (EntityFinder.Found f : entities) {
      if (f.to() <= k && k - f.to() <= reach && !hasPunct(f.to(), k)) {
        return f;
      }
    }
    return null;
  }

  /** The first entity that is not governed by a preposition and not in a source, or null. */
  EntityFinder.Found firstSubject() {
    for (EntityFinder.Found f : entities) {
      if (!f.weak() && !inSource(f.from()) && !EntityFinder.governedByPreposition(tokens, f)) {
        return f;
      }
    }
    return null;
  }

  boolean hasPunct(int from, int to) {
    for (int i = from; i < to; i++) {
      if (tokens.isPunct(i)) {
        return true;
      }
    }
    return false;
  }
}
