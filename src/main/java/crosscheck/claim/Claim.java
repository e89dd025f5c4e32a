package crosscheck.claim;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import crosscheck.quantity.Quantity;
import java.util.List;

/**
 * One checkable claim of one document: a number about something, or a factual assertion. The
 * guide's {@code claims} entry; field order is the JSON order.
 *
 * @param id stable: a hash of the document's sha256 and the claim's span
 * @param document the document id
 * @param sentence the sentence text the claim stands in
 * @param start offset of the claim's span in the document text
 * @param end exclusive end
 * @param kind quantity or assertion
 * @param subject canonical entity id the claim is about (rules/entities.yaml), or null
 * @param metric metric id (rules/metrics.yaml) for quantities, or null
 * @param time ISO period the claim refers to ("2024", "2023-12", "2022-02/2023-03"), or null
 * @param scope a qualifier that splits facts with the same subject and metric (e.g. "dual-use
 *     goods", "heavy armour"), or null
 * @param attribution who says it: a named source, or the outlet itself
 * @param modality how firmly it is said
 * @param polarity affirmed or negated
 * @param quantity the number, for kind = quantity
 * @param assertion the assertion, for kind = assertion
 * @param checkWorthy false for trivial counts kept only for transparency ("two podcasts")
 * @param worthRule the rule id that decided {@code checkWorthy}, or null
 * @param mentions other places in the document stating the same claim
 * @param derivedFrom for a derived claim (computed from others), the ids of its parts; else empty
 */
@JsonPropertyOrder({
  "id", "document", "sentence", "start", "end", "kind", "subject", "metric", "time", "scope",
  "attribution", "modality", "polarity", "quantity", "assertion", "checkWorthy", "worthRule",
  "mentions", "derivedFrom"
})
public record Claim(
    String id,
    String document,
    String sentence,
    int start,
    int end,
    Kind kind,
    String subject,
    String metric,
    String time,
    String scope,
    String attribution,
    Modality modality,
    Polarity polarity,
    Quantity quantity,
    Assertion assertion,
    boolean checkWorthy,
    String worthRule,
    List<Mention> mentions,
    List<String> derivedFrom) {

  /** What a claim states. */
  public enum Kind {
    QUANTITY("quantity"),
    ASSERTION("assertion");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    @JsonValue
    public String id() {
      return id;
    }
  }

  public Claim {
    mentions = mentions == null ? List.of() : List.copyOf(mentions);
    derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
    if ((kind == Kind.QUANTITY) != (quantity != null)) {
      throw new IllegalArgumentException("a quantity claim needs a quantity, and only it");
    }
    if ((kind == Kind.ASSERTION) != (assertion != null)) {
      throw new IllegalArgumentException("an assertion claim needs an assertion, and only it");
    }
  }
}
