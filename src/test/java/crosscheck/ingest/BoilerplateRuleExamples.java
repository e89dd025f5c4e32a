package crosscheck.ingest;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;

/**
 * Runs each example of rules/boilerplate.yaml through the real boilerplate remover with that rule
 * alone: it must remove something exactly when the example says it fires, remove exactly the
 * {@code span}, and keep exactly the {@code expect} text.
 */
final class BoilerplateRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "boilerplate";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("boilerplate", BoilerplateRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample example) {
    Boilerplate one = new Boilerplate(List.of((BoilerplateRule) rule));
    Boilerplate.Result result = one.apply(TextNormalizer.normalize(example.text()));
    boolean fired = !result.removed().isEmpty();
    if (fired != example.shouldFire()) {
      return fired ? "fired and removed " + result.removed() : "did not fire";
    }
    if (fired && example.span() != null
        && result.removed().stream().noneMatch(r -> r.text().equals(example.span()))) {
      return "removed " + result.removed() + " instead of '" + example.span() + "'";
    }
    if (fired && result.removed().stream().anyMatch(r -> !r.rule().equals(rule.id()))) {
      return "removal named another rule: " + result.removed();
    }
    if (example.expect() != null && !result.text().equals(example.expect())) {
      return "kept '" + result.text() + "' instead of '" + example.expect() + "'";
    }
    return null;
  }
}
