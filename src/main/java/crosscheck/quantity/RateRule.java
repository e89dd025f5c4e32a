package crosscheck.quantity;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/rates.yaml: one period a quantity can be "per".
 *
 * @param per the period id written to {@code Quantity.per} ("month")
 * @param seconds its length, so "every 24 hours" normalises to "day"
 * @param words the period nouns after "a", "per", "each", "every" or "/" ("month", "months")
 * @param adjectives words that make a rate by themselves, before the number ("monthly exports
 *     worth $300 million") or after it ("$5 billion annually")
 */
public record RateRule(
    String id,
    String description,
    String per,
    Double seconds,
    List<String> words,
    List<String> adjectives,
    List<RuleExample> examples)
    implements Rule {
  public RateRule {
    if (per == null || per.isBlank() || seconds == null || seconds <= 0) {
      throw new IllegalArgumentException("per and a positive seconds are required");
    }
    words = words == null ? List.of() : List.copyOf(words);
    adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
  }
}
