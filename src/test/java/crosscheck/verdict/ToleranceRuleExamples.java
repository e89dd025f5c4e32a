package crosscheck.verdict;

import crosscheck.RuleExampleRunner;
import crosscheck.match.Corpus;
import crosscheck.match.ToleranceRule;
import crosscheck.match.Tolerances;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/**
 * Runs rules/tolerances.yaml: an example "metric: value | value" is a two-document corpus. The
 * row fires when it is the one the first claim's metric and dimension select; {@code expect} is
 * the verdict the matcher and judge give the pair (agreement or conflict).
 */
final class ToleranceRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "tolerances";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table(file(), ToleranceRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample example) {
    var first = Corpus.parse(example.text()).claims().get(0);
    ToleranceRule selected = new Tolerances(rules).of(first.metric(), first.quantity().dimension());
    boolean fired = selected.id().equals(rule.id());
    if (fired != example.shouldFire()) {
      return "row " + selected.id() + " applies to " + first.metric() + "/" + first.quantity().dimension();
    }
    if (fired && example.expect() != null) {
      Fact fact = VerdictRuleExamples.mainFact(rules, example.text());
      if (fact == null || !fact.verdict().id().equals(example.expect())) {
        return "verdict " + (fact == null ? "none" : fact.verdict().id() + " (" + fact.reason() + ")")
            + ", expected " + example.expect();
      }
    }
    return null;
  }
}
