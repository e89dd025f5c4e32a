package crosscheck.quantity;

import com.fasterxml.jackson.annotation.JsonValue;

/** Direction of a number that states a change ("rose by 5%", "fell 1.7 percent"). */
public enum Change {
  UP("up"),
  DOWN("down");

  private final String id;

  Change(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }
}
