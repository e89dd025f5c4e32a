package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/** Runs the examples of rules/nonquantities.yaml through the quantity extractor. */
final class NonQuantityRuleExamples extends QuantityExampleCheck {
  @Override
  public String file() {
    return "nonquantities";
  }

  @Override
  boolean firingMeansNoQuantity() {
    return true;
  }

  @Override
  public RuleTable<NonQuantityRule> load(RuleSet rules) {
    return rules.table("nonquantities", NonQuantityRule.class);
  }
}
