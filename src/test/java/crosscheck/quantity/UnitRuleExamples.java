package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/** Runs the examples of rules/units.yaml through the quantity extractor. */
final class UnitRuleExamples extends QuantityExampleCheck {
  @Override
  public String file() {
    return "units";
  }

  @Override
  public RuleTable<UnitRule> load(RuleSet rules) {
    return rules.table("units", UnitRule.class);
  }
}
