package crosscheck.quantity;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/hedges.yaml: words that bound or hedge the number next to them.
 *
 * @param phrases the words, lower case ("more than", "an estimated", "or more")
 * @param position {@code before} or {@code after} the number
 * @param bound the bound id it gives ("more-than", "approx", ...)
 * @param approximate whether it makes the value approximate
 */
public record HedgeRule(
    String id,
    String description,
    List<String> phrases,
    String position,
    String bound,
    Boolean approximate,
    List<RuleExample> examples)
    implements Rule {
  public HedgeRule {
    if (phrases == null || phrases.isEmpty()) {
      throw new IllegalArgumentException("phrases is empty");
    }
    phrases = List.copyOf(phrases);
    position = position == null ? "before" : position;
    if (!position.equals("before") && !position.equals("after")) {
      throw new IllegalArgumentException("position must be before or after, got " + position);
    }
    Bound.of(bound);
    approximate = Boolean.TRUE.equals(approximate);
  }

  Bound boundValue() {
    return Bound.of(bound);
  }
}
