package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;

/**
 * Runs rules/time.yaml examples, published 2025-06: the rule finds the span and gives the ISO time.
 */
final class TimeRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "time";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("time", TimeRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    Tokens t = Tokens.of(ex.text(), 0);
    List<TimeResolver.Found> found =
        new TimeResolver(rules)
            .all(t, ClaimHarness.PUBLISHED).stream()
                .filter(f -> f.rule().equals(rule.id()))
                .toList();
    if (!ex.shouldFire()) {
      return found.isEmpty() ? null : "found " + found;
    }
    for (TimeResolver.Found f : found) {
      String span = ex.text().substring(t.start[f.from()], t.end[f.to() - 1]);
      if ((ex.span() == null || span.equals(ex.span()))
          && (ex.expect() == null || ex.expect().equals(f.iso()))) {
        return null;
      }
    }
    return "expected " + ex.expect() + " on '" + ex.span() + "', found " + found;
  }
}
