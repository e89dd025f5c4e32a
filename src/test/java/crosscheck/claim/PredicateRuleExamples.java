package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;

/**
 * Runs rules/predicates.yaml examples through the whole claim extractor: an assertion of the rule's
 * predicate is made, and one of them reads as the expected "agent | predicate | object | class |
 * recipient | polarity".
 */
final class PredicateRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "predicates";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("predicates", PredicateRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    String predicate = ((PredicateRule) rule).predicate();
    List<String> got =
        ClaimHarness.claims(rules, ClaimHarness.document(ex.text()), List.of()).stream()
            .filter(
                c ->
                    c.kind() == Claim.Kind.ASSERTION && c.assertion().predicate().equals(predicate))
            .map(ClaimHarness::summary)
            .toList();
    if (!ex.shouldFire()) {
      return got.isEmpty() ? null : "asserted " + got;
    }
    if (got.isEmpty()) {
      return "no " + predicate + " assertion";
    }
    return ex.expect() == null || got.contains(ex.expect())
        ? null
        : "expected " + ex.expect() + ", got " + got;
  }
}
