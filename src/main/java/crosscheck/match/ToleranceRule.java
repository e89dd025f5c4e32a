package crosscheck.match;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * One row of rules/tolerances.yaml: how far apart two values of a metric may be and still agree.
 * The first row whose metrics or dimensions match a claim applies; a row with neither is the
 * default and should come last.
 *
 * @param id rule id
 * @param description what it covers
 * @param label plural noun phrase for reasons ("casualty estimates")
 * @param metrics metric ids (or hyphen-separated parts of them) this row covers
 * @param dimensions quantity dimensions this row covers
 * @param hedged relative widening for hedged or estimated values (0.10 = 10%)
 * @param exact relative widening for plainly stated values, beyond their rounding
 * @param rounding the most a value's rounding may widen it, relative (caps "200,000" at +-5%)
 * @param cumulative counts that grow over time (losses, deliveries to date): a later, different
 *     value is an update or revision, and the reference time is compared instead of matched on
 * @param examples compact pairs "metric: value | value" with expect agreement or conflict
 */
public record ToleranceRule(
    String id,
    String description,
    String label,
    List<String> metrics,
    List<String> dimensions,
    double hedged,
    double exact,
    double rounding,
    boolean cumulative,
    List<RuleExample> examples)
    implements Rule {
  public ToleranceRule {
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    examples = examples == null ? List.of() : List.copyOf(examples);
    if (hedged < 0 || exact < 0 || rounding < 0) {
      throw new IllegalArgumentException("tolerances must not be negative");
    }
    if (label == null || label.isBlank()) {
      throw new IllegalArgumentException("label is missing");
    }
  }

  /** Whether this row covers a claim with this metric and dimension. */
  public boolean covers(String metric, String dimension) {
    if (metrics.isEmpty() && dimensions.isEmpty()) {
      return true;
    }
    if (dimension != null && dimensions.contains(dimension)) {
      return true;
    }
    if (metric == null) {
      return false;
    }
    String padded = "-" + metric + "-";
    return metrics.stream().anyMatch(m -> padded.contains("-" + m + "-"));
  }
}
