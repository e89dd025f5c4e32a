package crosscheck.quantity;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/nonquantities.yaml: words that mark a nearby number as something other than a
 * quantity.
 *
 * @param kind {@code month} (a day or year next to it is a date), {@code reference} (page,
 *     section: the number after it is a label), {@code time} (a.m., GMT: the number before it is a
 *     clock time), {@code year} (in, by, since: a bare year-like number after it is a year even
 *     with a count noun), {@code ordinal} (third, second: a compound adjective of number words after it
 *     names one of a series, "his third five-year term", not a duration)
 * @param words lower case
 */
public record NonQuantityRule(
    String id, String description, String kind, List<String> words, List<RuleExample> examples)
    implements Rule {
  static final List<String> KINDS = List.of("month", "reference", "time", "year", "ordinal");

  public NonQuantityRule {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("kind must be one of " + KINDS + ", got " + kind);
    }
    if (words == null || words.isEmpty()) {
      throw new IllegalArgumentException("words is empty");
    }
    words = List.copyOf(words);
  }
}
