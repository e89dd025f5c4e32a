package crosscheck.match;

import crosscheck.claim.Assertion;
import crosscheck.claim.Claim;
import crosscheck.claim.Modality;
import crosscheck.quantity.Quantity;

/**
 * The blocking key of a claim: the fact key it is matched on. Value, bound and attribution are
 * never part of it. Currency amounts keep their currency in the dimension ("currency:GBP"): without
 * exchange rates pounds and dollars cannot be compared. A rate keeps its period ("/month") and a
 * change its nature (" change"), so "rose 5%" never meets a level of 5%. Cumulative metrics (per
 * the tolerance rules) leave the time out: their reference times are compared, for updates. A
 * forecast is a fact of its own (scope "forecast"): an outcome that differs from it is no conflict.
 * Times are keyed at most to the month ({@link #month}).
 */
public final class FactKeys {
  private final Tolerances tolerances;
  private final ObjectClasses classes;

  FactKeys(Tolerances tolerances, ObjectClasses classes) {
    this.tolerances = tolerances;
    this.classes = classes;
  }

  /**
   * Whether a claim takes part in matching: check-worthy, not a question, keyed well enough (a
   * quantity needs a metric or at least a subject; see {@link MetriclessClaims}).
   */
  static boolean judgeable(Claim c) {
    if (!c.checkWorthy() || c.modality() == Modality.QUESTION) {
      return false;
    }
    if (c.kind() == Claim.Kind.ASSERTION) {
      Assertion a = c.assertion();
      return a.agent() != null && a.predicate() != null && (a.object() != null || a.objectClass() != null);
    }
    return (c.metric() != null || c.subject() != null) && c.quantity().dimension() != null;
  }

  FactKey of(Claim c) {
    if (c.kind() == Claim.Kind.ASSERTION) {
      return assertionKey(c.assertion(), classes.keyClass(c.assertion()));
    }
    Quantity q = c.quantity();
    boolean cumulative = tolerances.of(c.metric(), q.dimension()).cumulative();
    String scope = c.modality() == Modality.FORECAST ? (c.scope() == null ? "" : c.scope() + " ") + "forecast" : c.scope();
    return new FactKey(c.subject(), c.metric(), cumulative ? null : month(c.time()), scope, dimension(q));
  }

  static FactKey assertionKey(Assertion a, String objectClass) {
    return new FactKey(a.agent(), a.predicate() + ":" + objectClass, null, a.recipient(), "assertion");
  }

  /**
   * A time at most month-precise: "2025-06-26" and "2025-06-27" are one month. Day-level times
   * mostly come from publication dates ("on Thursday"), which differ between copies of one story.
   */
  static String month(String time) {
    if (time == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    for (String part : time.split("/", -1)) {
      if (!out.isEmpty()) {
        out.append('/');
      }
      out.append(part.length() == 10 && part.charAt(4) == '-' && part.charAt(7) == '-' ? part.substring(0, 7) : part);
    }
    return out.toString();
  }

  /** The comparable dimension of a quantity: dimension, currency, rate period and change. */
  public static String dimension(Quantity q) {
    StringBuilder d = new StringBuilder(q.dimension());
    if ("currency".equals(q.dimension()) && q.unit() != null) {
      d.append(':').append(q.unit());
    }
    if (q.per() != null) {
      d.append('/').append(q.per());
    }
    if (q.change() != null) {
      d.append(" change");
    }
    return d.toString();
  }
}
