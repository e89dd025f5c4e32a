package crosscheck.claim;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/time.yaml: a time phrase resolved against the publication date, or an event whose
 * date is known.
 *
 * @param phrases the words ("last year", "this month", "full-scale invasion")
 * @param unit "year", "month" (the publication date shifted by {@code offset} of these), or
 *     "anchor" (the fixed date {@code anchor})
 * @param offset shift in units (-1 for "last year")
 * @param anchor ISO date of the event, for unit "anchor"
 * @param quarter for unit "quarter": which quarter (1-4) the phrase names; it resolves to the
 *     latest year whose quarter had begun by publication
 */
public record TimeRule(
    String id,
    String description,
    List<String> phrases,
    String unit,
    Integer offset,
    String anchor,
    Integer quarter,
    List<RuleExample> examples)
    implements Rule {
  public TimeRule {
    if (phrases == null || phrases.isEmpty()) {
      throw new IllegalArgumentException("a time rule needs phrases");
    }
    phrases = List.copyOf(phrases);
    if (!List.of("year", "month", "published", "anchor", "quarter").contains(unit)) {
      throw new IllegalArgumentException("unit must be year, month, published, anchor or quarter");
    }
    if (unit.equals("quarter") && (quarter == null || quarter < 1 || quarter > 4)) {
      throw new IllegalArgumentException("a quarter rule needs quarter: 1 to 4");
    }
    if (unit.equals("anchor") && anchor == null) {
      throw new IllegalArgumentException("an anchor rule needs an anchor date");
    }
    offset = offset == null ? 0 : offset;
  }
}
