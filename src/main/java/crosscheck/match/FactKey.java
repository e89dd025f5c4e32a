package crosscheck.match;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * What makes two claims about the same fact. Value, bound and attribution are compared by the
 * verdict rules, never matched on.
 *
 * @param subject canonical entity id
 * @param metric metric id, or for an assertion its predicate and object class ("supply:weapons")
 * @param time ISO period, or null
 * @param scope narrowing qualifier, or null
 * @param dimension the quantity's dimension, or "assertion"
 */
@JsonPropertyOrder({"subject", "metric", "time", "scope", "dimension"})
public record FactKey(String subject, String metric, String time, String scope, String dimension) {
  /** A readable, stable one-line form; the fact id hashes it. */
  public String text() {
    return String.join(
        "|", nz(subject), nz(metric), nz(time), nz(scope), nz(dimension));
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
