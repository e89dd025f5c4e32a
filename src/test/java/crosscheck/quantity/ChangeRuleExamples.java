package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/** Runs the examples of rules/changes.yaml through the quantity extractor. */
final class ChangeRuleExamples extends QuantityExampleCheck {
  @Override
  public String file() {
    return "changes";
  }

  @Override
  public RuleTable<ChangeRule> load(RuleSet rules) {
    return rules.table("changes", ChangeRule.class);
  }
}
