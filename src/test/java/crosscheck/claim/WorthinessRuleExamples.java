package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import crosscheck.quantity.Quantity;
import crosscheck.quantity.QuantityExtractor;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs rules/worthiness.yaml examples through the claim extractor: the rule decides for the number
 * at the span.
 */
final class WorthinessRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "worthiness";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("worthiness", WorthRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    // The numbers before the span come from the quantity engine, so a rule about the number before
    // ("23 of its 32 members") sees it
    Quantity at = TestQuantities.at(ex.text(), ex.span());
    List<Quantity> quantities = new ArrayList<>();
    for (Quantity q : new QuantityExtractor(rules).extract(ex.text())) {
      if (q.end() <= at.start()) {
        quantities.add(q);
      }
    }
    quantities.add(at);
    List<Claim> claims =
        ClaimHarness.claims(rules, ClaimHarness.document(ex.text()), quantities).stream()
            .filter(c -> c.kind() == Claim.Kind.QUANTITY && c.start() == at.start())
            .toList();
    if (claims.isEmpty()) {
      return "no claim for '" + ex.span() + "'";
    }
    Claim c = claims.get(0);
    boolean fired = rule.id().equals(c.worthRule());
    boolean worthyOk = !fired || c.checkWorthy() == ((WorthRule) rule).worthy();
    if (fired == ex.shouldFire() && worthyOk) {
      return null;
    }
    return "decided by " + c.worthRule() + ", metric " + c.metric();
  }
}
