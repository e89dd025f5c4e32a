package crosscheck.verdict;

import java.util.Map;
import java.util.Optional;

/**
 * The closed set of conditions a verdict rule can name in {@code when}. Each looks at one fact
 * group's evidence and, when it holds, returns the values for the rule's reason template.
 */
public enum Condition {
  /** The group mixes currencies, percent and percentage points, or rate periods. */
  MIXED_UNITS("mixed-units"),
  /** Some speakers affirm the assertion, others deny it. */
  AFFIRMED_AND_DENIED("affirmed-and-denied"),
  /** One document (one speaker in it) states incompatible values or both affirms and denies. */
  SELF_CONTRADICTION("self-contradiction"),
  /** A cumulative count stated later is higher, beyond tolerance. */
  LATER_HIGHER("later-higher"),
  /** A cumulative count stated later is lower, beyond tolerance. */
  LATER_LOWER("later-lower"),
  /** Two documents' values are incompatible and about 100x, 1000x or a million times apart. */
  SCALE_SLIP("scale-slip"),
  /** Two documents' values are incompatible and one of them is an open bound ("over", "up to"). */
  QUALIFIER_CLASH("qualifier-clash"),
  /** Two documents' values are incompatible at their stated precision and tolerance. */
  INCOMPATIBLE("incompatible"),
  /** All claims rest on one independent source. */
  ONE_INDEPENDENT_SOURCE("one-independent-source"),
  /** Everything is compatible (always holds; the last rule). */
  COMPATIBLE("compatible");

  private final String id;

  Condition(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static Condition of(String id) {
    for (Condition c : values()) {
      if (c.id.equals(id)) {
        return c;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Condition c : values()) {
      known.append(known.isEmpty() ? "" : ", ").append(c.id);
    }
    throw new IllegalArgumentException("unknown condition '" + id + "'; known: " + known);
  }

  Optional<Map<String, String>> test(Evidence e) {
    return switch (this) {
      case MIXED_UNITS -> e.mixedUnits();
      case AFFIRMED_AND_DENIED -> e.affirmedAndDenied();
      case SELF_CONTRADICTION -> e.selfContradiction();
      case LATER_HIGHER -> e.laterChange(true);
      case LATER_LOWER -> e.laterChange(false);
      case SCALE_SLIP -> e.conflict().flatMap(e::scaleSlip);
      case QUALIFIER_CLASH -> e.conflict().filter(Evidence.Pair::oneSided).map(e::values);
      case INCOMPATIBLE -> e.conflict().map(e::values);
      case ONE_INDEPENDENT_SOURCE -> e.singleSource();
      case COMPATIBLE -> Optional.of(e.agreement());
    };
  }
}
