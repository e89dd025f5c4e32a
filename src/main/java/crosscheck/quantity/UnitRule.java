package crosscheck.quantity;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/units.yaml: one unit and the ways news text writes it.
 *
 * @param unit canonical unit id the value is converted to ("kg", "USD", "persons")
 * @param dimension what it measures ("mass", "currency", "count", ...)
 * @param factor multiply the stated number by this to get the canonical unit (tonne to kg: 1000)
 * @param words phrases written after the number, matched case-insensitively ("kilograms", "%")
 * @param prefixes phrases written before the number ("$", "US$", "€")
 * @param codes case-sensitive codes allowed on either side, even glued ("USD310B", "310 EUR")
 * @param counted a count noun that may follow a few adjectives ("600 military personnel")
 * @param compound words of a smaller unit that may follow a whole number of this one, with the
 *     factor to this unit's canonical unit: "5 feet 2 inches", "5 ft 2 in", "6 lb 3 oz"
 * @param per the period a unit that is itself a rate carries: "tpd" (tonnes per day) and "bpd"
 *     (barrels per day) give {@code per: day}
 * @param guarded words too ambiguous to read as this unit unless the sentence ends right after them
 *     or one of {@code guards} follows: "in" is inches in "2 in thick" and "is 2 in.", a
 *     preposition in "2 in 10" and "rose 2 in May"
 * @param guards words after a guarded word that confirm the unit ("thick", "long")
 * @param rated read as this unit only when a rate period follows: "four times a week" is a
 *     frequency, "four times as many" is not
 * @param article "a" or "an" before a word of this unit reads as one: "a gallon of beer", "a
 *     penny"; for units whose words are not also names of a currency or idioms of amount
 */
public record UnitRule(
    String id,
    String description,
    String unit,
    String dimension,
    Double factor,
    List<String> words,
    List<String> prefixes,
    List<String> codes,
    Boolean counted,
    java.util.Map<String, Double> compound,
    String per,
    List<String> guarded,
    List<String> guards,
    Boolean rated,
    Boolean article,
    List<RuleExample> examples)
    implements Rule {
  public UnitRule {
    if (unit == null || unit.isBlank() || dimension == null || dimension.isBlank()) {
      throw new IllegalArgumentException("unit and dimension are required");
    }
    factor = factor == null ? 1.0 : factor;
    words = words == null ? List.of() : List.copyOf(words);
    prefixes = prefixes == null ? List.of() : List.copyOf(prefixes);
    codes = codes == null ? List.of() : List.copyOf(codes);
    counted = Boolean.TRUE.equals(counted);
    compound = compound == null ? java.util.Map.of() : java.util.Map.copyOf(compound);
    guarded = guarded == null ? List.of() : List.copyOf(guarded);
    guards = guards == null ? List.of() : List.copyOf(guards);
    rated = Boolean.TRUE.equals(rated);
    article = Boolean.TRUE.equals(article);
    if (!guarded.isEmpty() && guards.isEmpty()) {
      throw new IllegalArgumentException("guarded words need guards");
    }
    if (words.isEmpty() && prefixes.isEmpty() && codes.isEmpty()) {
      throw new IllegalArgumentException("a unit needs words, prefixes or codes");
    }
  }
}
