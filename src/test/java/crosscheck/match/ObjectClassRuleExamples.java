package crosscheck.match;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/**
 * Runs rules/object-classes.yaml: an example's text is an object phrase; the rule fires when the
 * phrase resolves to its class, and {@code expect} is the class chain, narrowest first.
 */
final class ObjectClassRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "object-classes";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table(file(), ObjectClassRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample example) {
    ObjectClasses classes = new ObjectClasses(rules);
    String found = classes.classOf(example.text());
    boolean fired = ((ObjectClassRule) rule).name().equals(found);
    if (fired != example.shouldFire()) {
      return (fired ? "resolved" : "did not resolve") + " '" + example.text() + "' to " + ((ObjectClassRule) rule).name()
          + " (got " + found + ")";
    }
    if (fired && example.expect() != null) {
      String chain = String.join(" < ", classes.chain(found));
      if (!chain.equals(example.expect())) {
        return "chain " + chain + ", expected " + example.expect();
      }
    }
    return null;
  }
}
