package crosscheck.claim;

import com.fasterxml.jackson.annotation.JsonValue;

/** How firmly a claim is made. */
public enum Modality {
  ASSERTED("asserted"),
  ESTIMATE("estimate"),
  FORECAST("forecast"),
  HEDGED("hedged"),
  QUESTION("question");

  private final String id;

  Modality(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }
}
