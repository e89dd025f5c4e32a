package crosscheck.quantity;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a stated number limits the value. */
public enum Bound {
  EXACT("exact"),
  APPROX("approx"),
  AT_LEAST("at-least"),
  MORE_THAN("more-than"),
  AT_MOST("at-most"),
  LESS_THAN("less-than"),
  RANGE("range");

  private final String id;

  Bound(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static Bound of(String id) {
    for (Bound b : values()) {
      if (b.id.equals(id)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown bound '" + id + "'");
  }
}
