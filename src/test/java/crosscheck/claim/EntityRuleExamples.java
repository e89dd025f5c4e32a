package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;

/** Runs rules/entities.yaml examples: the entity is found, on the span, with the expected name. */
final class EntityRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "entities";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("entities", EntityRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    Tokens t = Tokens.of(ex.text(), 0);
    List<EntityFinder.Found> found =
        new EntityFinder(rules).find(t).stream().filter(f -> f.rule().equals(rule.id())).toList();
    if (!ex.shouldFire()) {
      return found.isEmpty() ? null : "found " + found;
    }
    for (EntityFinder.Found f : found) {
      String span = ex.text().substring(t.start[f.from()], t.end[f.to() - 1]);
      boolean spanOk = ex.span() == null || span.equals(ex.span());
      boolean nameOk = ex.expect() == null || ex.expect().equals(f.name());
      if (spanOk && nameOk) {
        return null;
      }
    }
    return "expected " + ex.expect() + " on '" + ex.span() + "', found " + found;
  }
}
