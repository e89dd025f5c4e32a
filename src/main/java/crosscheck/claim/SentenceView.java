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

  /**
   * The subject-like entity nearest before token {@code k} in its clause, or null: not in a source,
   * not the object of a preposition (unless {@code allowGoverned}), and not a possessive ("Russia's
   * war efforts") while a plain one is there.
   */
  EntityFinder.Found nearestBefore(int k, boolean allowGoverned) {
    int clause = clauses.clause[Math.min(k, tokens.size - 1)];
    EntityFinder.Found plain = null;
    EntityFinder.Found possessive = null;
    for (EntityFinder.Found f : entities) {
      if (f.to() > k || f.weak() || inSource(f.from()) || clauses.clause[f.from()] != clause) {
        continue;
      }
      boolean poss = tokens.possessive[f.to() - 1];
      if (!allowGoverned && !poss && EntityFinder.governedByPreposition(tokens, f)) {
        continue;
      }
      if (poss) {
        possessive = f;
      } else {
        plain = f;
      }
    }
    return plain != null ? plain : possessive;
  }

  /** "China's role in supplying": the possessive entity owning the gerund at token {@code k}. */
  EntityFinder.Found gerundOwner(int k) {
    if (k < 2 || !(tokens.lower[k - 1].equals("in") || tokens.lower[k - 1].equals("of"))) {
      return null;
    }
    for (EntityFinder.Found f : entities) {
      if (tokens.possessive[f.to() - 1]
          && f.to() < k - 1
          && k - 1 - f.to() <= 2
          && !inSource(f.from())) {
        return f;
      }
    }
    return null;
  }

  /**
   * The nearest entity before token {@code k} anywhere in the sentence, not governed, not in a
   * source.
   */
  EntityFinder.Found nearestInSentence(int k) {
    EntityFinder.Found best = null;
    for (EntityFinder.Found f : entities) {
      if (f.to() <= k
          && !f.weak()
          && !inSource(f.from())
          && (tokens.possessive[f.to() - 1] || !EntityFinder.governedByPreposition(tokens, f))) {
        best = f;
      }
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

  /**
   * A weak entity standing right after the noun phrase ending at token {@code end}, at most one
   * word on and with no punctuation between ("military budgets worldwide"), or null.
   */
  EntityFinder.Found postModifierOf(int end) {
    for (EntityFinder.Found f : entities) {
      if (f.weak() && f.from() >= end && f.from() - end <= 1 && !hasPunct(end, f.from())) {
        return f;
      }
    }
    return null;
  }

  /**
   * The first entity of the clause before token {@code k}, governed or not ("between China and
   * Russia").
   */
  EntityFinder.Found firstInClause(int k) {
    return firstInClause(k, k);
  }

  /** The first entity of the clause of token {@code k} that ends by token {@code limit}. */
  EntityFinder.Found firstInClause(int k, int limit) {
    int clause = clauses.clause[Math.min(k, tokens.size - 1)];
    for (EntityFinder.Found f : entities) {
      if (f.to() <= limit
          && !f.weak()
          && !inSource(f.from())
          && clauses.clause[f.from()] == clause) {
        return f;
      }
    }
    return null;
  }

  /**
   * The place of the event counted at tokens ending by {@code k}: the first entity after it in its
   * clause, at most {@code reach} words on, that follows "in" ("killed in Ukraine"), or null.
   */
  EntityFinder.Found placeAfter(int k, int reach) {
    int clause = clauses.clause[Math.min(k, tokens.size - 1)];
    for (EntityFinder.Found f : entities) {
      if (f.from() < k || f.from() - k > reach || f.weak() || inSource(f.from())) {
        continue;
      }
      int p = f.from() - 1;
      while (p > k && tokens.lower[p].equals("the")) {
        p--;
      }
      if (clauses.clause[f.from()] == clause && p >= k && tokens.lower[p].equals("in")) {
        return f;
      }
    }
    return null;
  }

  /**
   * The entity named inside a source before token {@code k} ("Pyongyang denied sending"), or null.
   */
  EntityFinder.Found speakerBefore(int k) {
    for (EntityFinder.Found f : entities) {
      if (f.to() <= k && !f.weak() && inSource(f.from())) {
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
