package crosscheck.claim;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;

/** Runs rules/attribution.yaml examples: the rule's cue names exactly the span as the source. */
final class AttributionRuleExamples implements RuleExampleRunner {
  @Override
  public String file() {
    return "attribution";
  }

  @Override
  public RuleTable<? extends Rule> load(RuleSet rules) {
    return rules.table("attribution", CueRule.class);
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    List<String> found =
        new AttributionFinder(rules)
            .all(Tokens.of(ex.text(), 0)).stream()
                .filter(s -> s.rule().id().equals(rule.id()))
                .map(AttributionFinder.Source::text)
                .toList();
    if (!ex.shouldFire()) {
      return found.isEmpty() ? null : "named " + found;
    }
    return found.contains(ex.span()) ? null : "expected source '" + ex.span() + "', got " + found;
  }
}
