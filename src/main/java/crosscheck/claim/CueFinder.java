package crosscheck.claim;

import crosscheck.ruleset.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the first cue of a cue file (modality, polarity) that stands before a claim, in file
 * order: earlier rules take precedence, so a file lists its narrow cues ("the current") before
 * its broad ones ("considering").
 */
final class CueFinder {
  /** A cue of {@code rule} at tokens {@code from..to}. */
  record Cue(CueRule rule, int from, int to) {}

  private record Compiled(CueRule rule, PhraseIndex<CueRule> phrases, PhraseIndex<CueRule> except) {}

  private final List<Compiled> rules = new ArrayList<>();
  private final boolean wholeClause;

  /**
   * @param wholeClause whether clause-wide cues may also stand after the claim ("would" in "the
   *     supply of drones would enhance"); windowed cues always stand before it
   */
  CueFinder(RuleSet ruleSet, String file, boolean wholeClause) {
    this.wholeClause = wholeClause;
    for (CueRule r : ruleSet.table(file, CueRule.class).rules()) {
      rules.add(new Compiled(r, new PhraseIndex<CueRule>().addAll(r.phrases(), r),
          new PhraseIndex<CueRule>().addAll(r.except(), r)));
    }
  }

  /** The first rule's cue before the target starting at token {@code target}, or null. */
  Cue find(Tokens t, Clauses c, int target) {
    int clauseStart = target < t.size ? c.clauseStart(target) : 0;
    for (Compiled r : rules) {
      Integer w = r.rule.window();
      int from = w == null ? clauseStart : w == 0 ? 0 : Math.max(clauseStart, target - w);
      int to = w != null && w == 0 ? t.size
          : w == null && wholeClause && target < t.size ? c.clauseEnd(target) : target;
      for (PhraseIndex.Hit<CueRule> h : r.phrases.findAll(t, from, to)) {
        if (!excepted(r, t, h)) {
          return new Cue(r.rule, h.from(), h.to());
        }
      }
    }
    return null;
  }

  private static boolean excepted(Compiled r, Tokens t, PhraseIndex.Hit<CueRule> h) {
    for (int s = Math.max(0, h.from() - 3); s <= h.from(); s++) {
      PhraseIndex.Hit<CueRule> e = r.except.at(t, s, t.size);
      if (e != null && e.to() > h.from()) {
        return true;
      }
    }
    return false;
  }
}
