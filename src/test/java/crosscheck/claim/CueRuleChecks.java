package crosscheck.claim;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;

/** The shared check of the modality and polarity runners: the rule's cue decides for the span. */
final class CueRuleChecks {
  private CueRuleChecks() {}

  static String check(RuleSet rules, String file, boolean wholeClause, Rule rule, RuleExample ex) {
    Tokens t = Tokens.of(ex.text(), 0);
    int target = ClaimHarness.tokenAt(t, ex.text(), ex.span());
    CueFinder.Cue cue = new CueFinder(rules, file, wholeClause).find(t, Clauses.of(t), target);
    boolean fired = cue != null && cue.rule().id().equals(rule.id());
    if (fired == ex.shouldFire()) {
      return null;
    }
    return (fired ? "fired" : "did not fire")
        + (cue == null ? "" : "; decided by " + cue.rule().id());
  }
}
