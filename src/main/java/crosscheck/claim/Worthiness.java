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
  private final List<PhraseIndex<WorthRule>> partOf;

  Worthiness(RuleSet ruleSet) {
    rules = ruleSet.table("worthiness", WorthRule.class).rules();
    nouns = rules.stream().map(r -> new PhraseIndex<WorthRule>().addAll(r.nouns(), r)).toList();
    partOf = rules.stream().map(r -> new PhraseIndex<WorthRule>().addAll(r.partOf(), r)).toList();
  }

  /**
   * The deciding rule for the quantity {@code q} starting at token {@code from} and ending before
   * token {@code after}, or null if none; {@code previous} is the sentence's number before it, or
   * null.
   */
  WorthRule decide(Quantity q, String metric, Tokens t, int from, int after, Quantity previous) {
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
      if (!r.partOf().isEmpty() && !isTotal(partOf.get(i), q, t, from, previous)) {
        continue;
      }
      return r;
    }
    return null;
  }

  /**
   * Whether {@code q} is the whole of which the number before it is a part: "23 of its 32
   * members", "two out of the five reactors". Only the words of a rule's phrase may lie between.
   */
  private static boolean isTotal(
      PhraseIndex<WorthRule> phrases, Quantity q, Tokens t, int from, Quantity previous) {
    if (previous == null || previous.end() > q.start()
        || !java.util.Objects.equals(previous.dimension(), q.dimension())) {
      return false;
    }
    int k = t.indexAtOrAfter(previous.end());
    PhraseIndex.Hit<WorthRule> hit = k < from ? phrases.at(t, k, from) : null;
    return hit != null && hit.to() == from;
  }
}
