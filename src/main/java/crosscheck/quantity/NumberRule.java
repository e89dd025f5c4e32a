package crosscheck.quantity;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;
import java.util.Map;

/**
 * A row of rules/numbers.yaml: a group of number words of one grammatical kind.
 *
 * @param kind {@code unit} (one..ninety: add), {@code scale} (hundred, million, bn: multiply),
 *     {@code fraction} (third, halves, quarter: a denominator after a numerator), {@code symbol}
 *     (vulgar fraction characters such as ½), {@code vague} (tens, hundreds, dozens: [v, 10v)),
 *     {@code several} (before a scale: "several hundred" is [v * 100, 1000)), {@code ordinal} (unit ordinals that only
 *     end a compound denominator: "twenty-firsts")
 * @param words surface word (lower case) to value
 * @param currencyOnly a scale abbreviation that only counts after a currency ("$5m", "USD310B"),
 *     because alone it is more likely a unit ("100m" = metres)
 */
public record NumberRule(
    String id,
    String description,
    String kind,
    Map<String, Double> words,
    Boolean currencyOnly,
    List<RuleExample> examples)
    implements Rule {
  static final List<String> KINDS = List.of("unit", "scale", "fraction", "symbol", "vague", "several", "ordinal");

  public NumberRule {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be one of " + KINDS + ", got " + kind);
    }
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException("words is empty");
    }
    words = Map.copyOf(words);
    currencyOnly = Boolean.TRUE.equals(currencyOnly);
  }
}
