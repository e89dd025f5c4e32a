package crosscheck.claim;

import com.fasterxml.jackson.annotation.JsonValue;

/** Whether a claim is affirmed or denied ("has never provided"). */
public enum Polarity {
  AFFIRMED("affirmed"),
  NEGATED("negated");

  private final String id;

  Polarity(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }
}
