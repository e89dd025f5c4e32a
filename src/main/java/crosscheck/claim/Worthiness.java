package crosscheck.claim;

import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import java.util.List;

/**
 * Whether a numeric claim is worth checking, by the first matching rule of rules/worthiness.yaml.
 */
final class Worthiness {
  private static final int NOUN_REACH = 3;

  private final List<WorthRule> rules;
  private final List<PhraseIndex<WorthRule>> nouns;

  Worthiness(RuleSet ruleSet) {
    rules = ruleSet.table("worthiness", WorthRule.class).rules();
    nouns = rules.stream().map(r -> new PhraseIndex<WorthRule>().addAll(r.nouns(), r)).toList();
  }

  /** The deciding rule for the quantity ending before token {@code after}, or null if none. */
  WorthRule decide(Quantity q, String metric, Tokens t, int after) {
    for (int i = 0; i < rules.size(); i++) {
      WorthRule r = rules.get(i);
      if (r.metric() != null && r.metric().equals("none") != (metric == null)) {
        continue;
      }
      if (!r.dimensions().isEmpty()
          && (q.dimension() == null || !r.dimensions().contains(q.dimension()))) {
        continue;
      }
      Double value = q.point() != null ? q.point() : q.high();
      if (r.maxValue() != null && (value == null || value > r.maxValue())) {
        continue;
      }
      if (!r.nouns().isEmpty()
          && !nouns.get(i).any(t, after, Math.min(t.size, after + NOUN_REACH))) {
        continue;
      }
      return r;
    }
    return null;
  }
}
