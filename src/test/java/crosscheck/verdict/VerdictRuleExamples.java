package crosscheck.verdict;

import crosscheck.RuleExampleRunner;
import crosscheck.match.Corpus;
import crosscheck.match.FactMatcher;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.Comparator;
import java.util.List;

/**
 * Runs rules/verdicts.yaml: each example is a compact corpus ({@link Corpus#parse}) that goes
 * through the real matcher and judge. The example's fact is the one with the most claims (ties:
 * lowest id); the rule fires when that fact's rule is this rule, and {@code expect} is its
 * verdict id.
 */
final class VerdictRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "verdicts";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table(file(), VerdictRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample example) {
    Fact fact = mainFact(rules, example.text());
    if (fact == null) {
      return "no fact was formed from '" + example.text() + "'";
    }
    boolean fired = fact.rule().equals(rule.id());
    if (fired != example.shouldFire()) {
      return "rule " + fact.rule() + " decided (" + fact.verdict().id() + ": " + fact.reason() + ")";
    }
    if (example.expect() != null && !fact.verdict().id().equals(example.expect())) {
      return "verdict " + fact.verdict().id() + " by " + fact.rule() + " (" + fact.reason() + "), expected " + example.expect();
    }
    return null;
  }

  /** The judged fact with the most claims in the example corpus, or null. */
  static Fact mainFact(RuleSet rules, String example) {
    Corpus corpus = Corpus.parse(example);
    List<Fact> facts = new Judge(rules).judge(corpus.documents(),
        new FactMatcher(rules).match(corpus.documents(), corpus.claims()));
    return facts.stream()
        .min(Comparator.comparingInt((Fact f) -> -f.claims().size()).thenComparing(Fact::id))
        .orElse(null);
  }
}
