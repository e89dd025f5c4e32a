package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;

/**
 * Runs rules/metrics.yaml examples: the number at the span gets the rule's metric (and the expected
 * "metric / scope"); a change row must be the cue that made the number a change.
 */
final class MetricRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "metrics";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("metrics", MetricRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    Quantity q = TestQuantities.at(ex.text(), ex.span());
    Tokens t = Tokens.of(ex.text(), 0);
    int from = t.indexAtOrAfter(q.start());
    int to = t.indexEndingBy(q.end());
    MetricFinder finder = new MetricFinder(rules);
    MetricFinder.Found found = finder.find(t, Clauses.of(t), from, to, q, List.of());
    MetricRule r = (MetricRule) rule;
    boolean fired =
        r.isChange()
            ? found != null && finder.changeCue(t, from) == r
            : found != null && found.rule() == r;
    if (fired != ex.shouldFire()) {
      return (fired ? "fired" : "did not fire") + ", found " + found;
    }
    if (fired && ex.expect() != null) {
      String got = found.metric() + (found.scope() == null ? "" : " / " + found.scope());
      return got.equals(ex.expect()) ? null : "expected " + ex.expect() + ", got " + got;
    }
    return null;
  }
}
