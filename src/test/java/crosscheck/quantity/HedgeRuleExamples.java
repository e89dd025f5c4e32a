package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/** Runs the examples of rules/hedges.yaml through the quantity extractor. */
final class HedgeRuleExamples extends QuantityExampleCheck {
  @Override
  public String file() {
    return "hedges";
  }

  @Override
  public RuleTable<HedgeRule> load(RuleSet rules) {
    return rules.table("hedges", HedgeRule.class);
  }
}
