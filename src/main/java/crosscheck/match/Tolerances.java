package crosscheck.match;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Looks up the tolerance row of a metric and dimension (rules/tolerances.yaml), cached. */
public final class Tolerances {
  /** Used when the rule file has no row that covers a claim (a user file without a default). */
  static final ToleranceRule FALLBACK =
      new ToleranceRule("FALLBACK", "no row applies", "values", List.of(), List.of(), 0.05, 0.0, 0.05, false, List.of());

  private final List<ToleranceRule> rows;
  private final Map<String, ToleranceRule> cache = new ConcurrentHashMap<>();

  public Tolerances(RuleSet rules) {
    this(rules.table("tolerances", ToleranceRule.class));
  }

  public Tolerances(RuleTable<ToleranceRule> table) {
    this.rows = table.rules();
  }

  /** The first row covering the metric and dimension. */
  public ToleranceRule of(String metric, String dimension) {
    String k = metric + "\u0000" + dimension;
    return cache.computeIfAbsent(
        k, x -> rows.stream().filter(r -> r.covers(metric, dimension)).findFirst().orElse(FALLBACK));
  }
}
