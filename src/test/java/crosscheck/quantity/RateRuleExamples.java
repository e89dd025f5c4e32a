package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/** Runs the examples of rules/rates.yaml through the quantity extractor. */
final class RateRuleExamples extends QuantityExampleCheck {
  @Override
  public String file() {
    return "rates";
  }

  @Override
  public RuleTable<RateRule> load(RuleSet rules) {
    return rules.table("rates", RateRule.class);
  }
}
