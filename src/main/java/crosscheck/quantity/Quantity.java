package crosscheck.quantity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A number found in text, normalised to an interval with unit, scale, bound and precision. The
 * guide's Quantity contract; field order is the JSON order.
 *
 * @param surface the exact text, equal to {@code documentText.substring(start, end)}
 * @param start offset in the document's cleaned text
 * @param end exclusive end offset
 * @param point the number as stated, scaled ("1.5 million" gives 1500000), null for a range
 * @param low lower end of the interval the claim allows, null = unbounded
 * @param high upper end, null = unbounded
 * @param lowInclusive whether {@code low} itself is allowed
 * @param highInclusive whether {@code high} itself is allowed
 * @param precision place value of the last stated digit, scaled (2.7 trillion gives 1e11)
 * @param bound how the number limits the value
 * @param approximate hedged ("around", "tens of thousands")
 * @param unit canonical unit id from rules/units.yaml ("USD", "kg", "persons", "percent"), or
 *     "count" for a bare number
 * @param dimension the unit's dimension ("currency", "count", "percent", "mass", ...)
 * @param per a rate's period ("month", "year", "day") or null
 * @param change "up"/"down" when the number states a change, else null
 */
@JsonPropertyOrder({
  "surface", "start", "end", "point", "low", "high", "lowInclusive", "highInclusive",
  "precision", "bound", "approximate", "unit", "dimension", "per", "change"
})
public record Quantity(
    String surface,
    int start,
    int end,
    Double point,
    Double low,
    Double high,
    boolean lowInclusive,
    boolean highInclusive,
    Double precision,
    Bound bound,
    boolean approximate,
    String unit,
    String dimension,
    String per,
    Change change) {
  public Quantity {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException("low " + low + " above high " + high);
    }
  }
}
