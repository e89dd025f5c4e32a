package crosscheck.claim;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/metrics.yaml: what a number measures, recognised from the words around it.
 *
 * @param metric the metric id claims use ("defence-spending"); for kind "change", null
 * @param kind "metric" (default) or "change": a change row lists the words that make a number a
 *     change ("grew by", "increase of"), and the claim's metric becomes {@code <metric>-change}
 * @param dimensions the quantity dimensions it accepts ("currency", "percent", "count"...)
 * @param nouns head nouns and noun phrases ("defence spending", "military budget")
 * @param verbs verbs that govern the number ("lost", "killed"); for a change row, its cue words
 * @param scopes narrowing qualifiers that split facts ("heavy armour", "tank fleet")
 * @param needsVerb true when a noun alone is not enough (losses need "lost" or "killed")
 * @param placeIsSubject true when, with no agent before the number, the country where it happened
 *     is what the number is about ("7,031 civilians have been killed in Ukraine")
 * @param summedFor subjects that are sums of many governments ("World"): for them the metric
 *     becomes {@code summedAs} ("military budgets worldwide" are the world's military spending)
 * @param summedAs the metric id for the subjects of {@code summedFor}
 */
public record MetricRule(
    String id,
    String description,
    String metric,
    String kind,
    List<String> dimensions,
    List<String> nouns,
    List<String> verbs,
    List<String> scopes,
    Boolean needsVerb,
    Boolean placeIsSubject,
    List<String> summedFor,
    String summedAs,
    List<RuleExample> examples)
    implements Rule {
  public MetricRule {
    kind = kind == null ? "metric" : kind;
    if (!kind.equals("metric") && !kind.equals("change")) {
      throw new IllegalArgumentException("kind must be metric or change, got " + kind);
    }
    if (kind.equals("metric") && (metric == null || metric.isBlank())) {
      throw new IllegalArgumentException("a metric row needs a metric id");
    }
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    nouns = nouns == null ? List.of() : List.copyOf(nouns);
    verbs = verbs == null ? List.of() : List.copyOf(verbs);
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
    needsVerb = needsVerb != null && needsVerb;
    placeIsSubject = placeIsSubject != null && placeIsSubject;
    summedFor = summedFor == null ? List.of() : List.copyOf(summedFor);
    if (!summedFor.isEmpty() && (summedAs == null || summedAs.isBlank())) {
      throw new IllegalArgumentException("summedFor needs summedAs, the metric id to use");
    }
  }

  boolean isChange() {
    return kind.equals("change");
  }
}
