package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/**
 * Runs rules/polarity.yaml examples: the rule's cue is the one that decides for the claim at the
 * span.
 */
final class PolarityRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "polarity";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("polarity", CueRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    return CueRuleChecks.check(rules, "polarity", false, rule, ex);
  }
}
