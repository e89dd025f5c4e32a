package crosscheck.claim;

import crosscheck.ruleset.RuleSet;
import java.util.List;

/**
 * Finds the first cue of a cue file (modality, polarity) that stands before a claim, in file order:
 * earlier rules take precedence, so a file lists its narrow cues ("the current") before its broad
 * ones ("considering").
 */
final class CueFinder {
  /** A cue of {@code rule} at tokens {@code from..to}. */
  record Cue(CueRule rule, int from, int to) {}

  private final List<CueRule> rules;
  private final PhraseIndex<CueRule> phrases = new PhraseIndex<>();
  private final PhraseIndex<CueRule> except = new PhraseIndex<>();
  private final boolean wholeClause;
  private final boolean anySentenceWide;

  /**
   * @param wholeClause whether clause-wide cues may also stand after the claim ("would" in "the
   *     supply of drones would enhance"); windowed cues always stand before it
   */
  CueFinder(RuleSet ruleSet, String file, boolean wholeClause) {
    this.wholeClause = wholeClause;
    this.rules = ruleSet.table(file, CueRule.class).rules();
    for (CueRule r : rules) {
      phrases.addAll(r.phrases(), r);
      except.addAll(r.except(), r);
    }
    this.anySentenceWide = rules.stream().anyMatch(r -> r.window() != null && r.window() == 0);
  }

  /** The first rule's cue for a target at token {@code target}, or null. */
  Cue find(Tokens t, Clauses c, int target) {
    return find(t, c, target, target);
  }

  /**
   * The first rule's cue for the target at tokens {@code target..targetEnd} (a cue may stand in the
   * target itself: "an estimated 200,000"), or null. One pass over the sentence.
   */
  Cue find(Tokens t, Clauses c, int target, int targetEnd) {
    int clauseStart = target < t.size ? c.clauseStart(target) : 0;
    int clauseEnd = target < t.size ? c.clauseEnd(target) : t.size;
    int from = anySentenceWide ? 0 : clauseStart;
    int to = anySentenceWide ? t.size : wholeClause ? Math.max(targetEnd, clauseEnd) : targetEnd;
    Cue best = null;
    int bestRank = Integer.MAX_VALUE;
    for (PhraseIndex.Hit<CueRule> h : phrases.findAll(t, from, to)) {
      for (CueRule r : h.values()) {
        int rank = rules.indexOf(r);
        if (rank < bestRank
            && applies(r, h, target, targetEnd, clauseStart, clauseEnd, t.size)
            && sameChunkIfAfter(c, h, targetEnd)
            && !excepted(r, t, h)) {
          best = new Cue(r, h.from(), h.to());
          bestRank = rank;
        }
      }
    }
    return best;
  }

  private boolean applies(
      CueRule r,
      PhraseIndex.Hit<CueRule> h,
      int target,
      int targetEnd,
      int clauseStart,
      int clauseEnd,
      int size) {
    Integer w = r.window();
    if (w != null && w == 0) {
      return true;
    }
    if (w != null) {
      return h.from() >= Math.max(clauseStart, target - w) && h.to() <= targetEnd;
    }
    int end = wholeClause && target < size ? clauseEnd : targetEnd;
    return h.from() >= clauseStart && h.to() <= Math.max(end, targetEnd);
  }

  /**
   * A cue after the claim bears on it only inside the claim's chunk ("drones would enhance"), not
   * from a trailing phrase after a comma ("has massed 100,000 troops, ..., raising fears of an
   * invasion next year").
   */
  private static boolean sameChunkIfAfter(Clauses c, PhraseIndex.Hit<CueRule> h, int targetEnd) {
    int last = Math.max(0, Math.min(targetEnd, c.chunk.length) - 1);
    return h.from() < targetEnd || c.chunk[h.from()] == c.chunk[last];
  }

  private boolean excepted(CueRule r, Tokens t, PhraseIndex.Hit<CueRule> h) {
    for (int s = Math.max(0, h.from() - 3); s <= h.from(); s++) {
      PhraseIndex.Hit<CueRule> e = except.at(t, s, t.size);
      if (e != null && e.to() > h.from() && e.values().contains(r)) {
        return true;
      }
    }
    return false;
  }
}
