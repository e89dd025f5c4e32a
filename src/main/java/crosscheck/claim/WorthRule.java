package crosscheck.claim;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/worthiness.yaml: whether a numeric claim is worth checking. The first rule whose
 * conditions all hold decides; unset conditions hold always.
 *
 * @param worthy the decision
 * @param metric "none" (no metric found) or "any" (some metric found), or null
 * @param dimensions quantity dimensions it applies to, or empty for all
 * @param maxValue applies only when the number is at most this
 * @param nouns applies only when the word after the number is one of these ("podcasts")
 * @param partOf applies only when the number is the total of a part-whole phrase: another number of
 *     the sentence, then one of these phrases, then this number ("23 of its 32 members")
 */
public record WorthRule(
    String id,
    String description,
    Boolean worthy,
    String metric,
    List<String> dimensions,
    Double maxValue,
    List<String> nouns,
    List<String> partOf,
    List<RuleExample> examples)
    implements Rule {
  public WorthRule {
    if (worthy == null) {
      throw new IllegalArgumentException("a worthiness rule needs worthy: true or false");
    }
    if (metric != null && !metric.equals("none") && !metric.equals("any")) {
      throw new IllegalArgumentException("metric must be none or any");
    }
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    nouns = nouns == null ? List.of() : List.copyOf(nouns);
    partOf = partOf == null ? List.of() : List.copyOf(partOf);
  }
}
