package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/** Runs the examples of rules/numbers.yaml through the quantity extractor. */
final class NumberRuleExamples extends QuantityExampleCheck {
  @Override
  public String file() {
    return "numbers";
  }

  @Override
  public RuleTable<NumberRule> load(RuleSet rules) {
    return rules.table("numbers", NumberRule.class);
  }
}
