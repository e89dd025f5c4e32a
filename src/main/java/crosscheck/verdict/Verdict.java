package crosscheck.verdict;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The fixed verdict ids, in descending order of severity for {@code --fail-on} and sorting.
 */
public enum Verdict {
  DISPUTED("disputed"),
  CONFLICT("conflict"),
  INTERNAL_INCONSISTENCY("internal-inconsistency"),
  SINGLE_SOURCE("single-source"),
  REVISION("revision"),
  UPDATE("update"),
  NOT_COMPARABLE("not-comparable"),
  AGREEMENT("agreement");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  @JsonValue
  public String id() {
    return id;
  }

  public static Verdict of(String id) {
    for (Verdict v : values()) {
      if (v.id.equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + id + "'");
  }
}
