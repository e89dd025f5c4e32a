package crosscheck.verdict;

import java.util.Locale;

/**
 * The {@code --fail-on} threshold. Severity levels: disputed (3) above conflict and
 * internal-inconsistency (2) above single-source (1); every other verdict never fails a run.
 */
public enum FailOn {
  NONE(Integer.MAX_VALUE),
  DISPUTED(3),
  CONFLICT(2),
  SINGLE_SOURCE(1);

  private final int level;

  FailOn(int level) {
    this.level = level;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses "none", "conflict", "disputed", "single-source". */
  public static FailOn of(String id) {
    for (FailOn f : values()) {
      if (f.id().equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown --fail-on '" + id + "'; use none, conflict, disputed or single-source");
  }

  /** The severity level of a verdict (0 = never fails). */
  public static int severity(Verdict v) {
    return switch (v) {
      case DISPUTED -> 3;
      case CONFLICT, INTERNAL_INCONSISTENCY -> 2;
      case SINGLE_SOURCE -> 1;
      default -> 0;
    };
  }

  /** Whether a fact with this verdict is at or above the threshold. */
  public boolean fails(Verdict v) {
    int s = severity(v);
    return s > 0 && s >= level;
  }
}
