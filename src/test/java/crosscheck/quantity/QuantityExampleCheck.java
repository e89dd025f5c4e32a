package crosscheck.quantity;

import crosscheck.RuleExampleRunner;
import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Shared check for the quantity rule files: runs the real extractor over the example text. An
 * example that fires must yield a quantity whose surface is the span and whose {@link
 * QuantityText#describe} is {@code expect}. One that does not fire either states with {@code
 * expect} what the span reads as instead, or (no expect) must yield no quantity overlapping the span
 * (the whole text when no span is given).
 */
abstract class QuantityExampleCheck implements RuleExampleRunner {
  private static final Map<RuleSet, QuantityExtractor> EXTRACTORS = new ConcurrentHashMap<>();

  /** For rules that stop a number being a quantity, "fires" means no quantity in the span. */
  boolean firingMeansNoQuantity() {
    return false;
  }

  @Override
  public String check(RuleSet rules, Rule rule, RuleExample ex) {
    List<Quantity> found = EXTRACTORS.computeIfAbsent(rules, QuantityExtractor::new).extract(ex.text());
    String all = found.stream().map(q -> "'" + q.surface() + "' = " + QuantityText.describe(q))
        .collect(Collectors.joining("; ", "[", "]"));
    int from = ex.span() == null ? 0 : ex.text().indexOf(ex.span());
    int to = ex.span() == null ? ex.text().length() : from + ex.span().length();
    if (ex.shouldFire() != firingMeansNoQuantity() || ex.expect() != null) {
      for (Quantity q : found) {
        boolean spanOk = ex.span() == null || q.surface().equals(ex.span());
        if (spanOk && (ex.expect() == null || ex.expect().equals(QuantityText.describe(q)))) {
          return null;
        }
      }
      return "expected '" + ex.span() + "' = " + ex.expect() + " but found " + all;
    }
    for (Quantity q : found) {
      if (q.start() < to && q.end() > from) {
        return "expected no quantity in '" + ex.span() + "' but found " + all;
      }
    }
    return null;
  }
}
