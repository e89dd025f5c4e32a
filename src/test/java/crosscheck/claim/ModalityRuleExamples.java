package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/**
 * Runs rules/modality.yaml examples: the rule's cue is the one that decides for the claim at the
 * span.
 */
final class ModalityRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "modality";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("modality", CueRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    return CueRuleChecks.check(rules, "modality", true, rule, ex);
  }
}
