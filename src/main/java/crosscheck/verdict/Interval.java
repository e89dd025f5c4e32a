package crosscheck.verdict;

import crosscheck.claim.Claim;
import crosscheck.claim.Modality;
import crosscheck.match.ToleranceRule;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Change;
import crosscheck.quantity.Quantity;

/**
 * The values a claim allows once its stated precision and the metric's tolerance are counted.
 * A stated point widens by half its last digit's place value (capped by the rule's
 * {@code rounding}) and by half the tolerance on each side, so two values agree when they are
 * within the tolerance of each other: hedged values ("about", estimates, hedged modality) use
 * {@code hedged}, plain ones {@code exact}; a plan ("plans to spend $118.4 billion") is as exact
 * as it is stated. One-sided bounds ("over 500 km") stay one-sided and are widened only
 * when the number itself is approximate ("over about 500"). A stated fall ("fell 1.7%") is negative.
 *
 * @param low lower end, or negative infinity
 * @param high upper end, or positive infinity
 * @param lowInclusive whether low itself is allowed
 * @param highInclusive whether high itself is allowed
 * @param value the representative value (the point, a range's middle, a bound's end)
 * @param hedged whether the hedged tolerance applied
 * @param oneSided whether it is an open bound ("over", "up to")
 */
record Interval(
    double low, double high, boolean lowInclusive, boolean highInclusive, double value, boolean hedged, boolean oneSided) {

  static Interval of(Claim c, ToleranceRule t) {
    Quantity q = c.quantity();
    boolean hedged = q.approximate() || q.bound() == Bound.APPROX
        || c.modality() == Modality.ESTIMATE || c.modality() == Modality.HEDGED;
    double r = (hedged ? t.hedged() : t.exact()) / 2;
    double lo = q.low() == null ? Double.NEGATIVE_INFINITY : q.low();
    double hi = q.high() == null ? Double.POSITIVE_INFINITY : q.high();
    boolean loIn = q.low() == null || q.lowInclusive() || q.low().equals(q.high());
    boolean hiIn = q.high() == null || q.highInclusive() || q.high().equals(q.low());
    Bound bound = q.bound() == null ? Bound.EXACT : q.bound();
    boolean oneSided = switch (bound) {
      case MORE_THAN, AT_LEAST, AT_MOST, LESS_THAN -> true;
      default -> false;
    };
    if (q.point() != null && !oneSided && (q.low() == null || q.high() == null || lo == hi)) {
      double p = q.point();
      double half = q.precision() == null ? 0 : Math.min(q.precision() / 2, Math.abs(p) * t.rounding());
      double w = Math.max(half, Math.abs(p) * r);
      lo = p - w;
      hi = p + w;
      loIn = true;
      hiIn = true;
    } else if (!oneSided || q.approximate()) {
      // an open bound ("over", "up to") is the source's own qualifier: a hedge on the sentence
      // ("appeared to be ... with a range of up to 500 km") doubts the statement, not the bound
      if (Double.isFinite(lo)) {
        lo -= Math.abs(lo) * r;
      }
      if (Double.isFinite(hi)) {
        hi += Math.abs(hi) * r;
      }
    }
    double value = q.point() != null ? q.point()
        : Double.isFinite(lo) && Double.isFinite(hi) ? (lo + hi) / 2
        : Double.isFinite(lo) ? lo : hi;
    if (q.change() == Change.DOWN && value > 0) {
      return new Interval(-hi, -lo, hiIn, loIn, -value, hedged, oneSided);
    }
    return new Interval(lo, hi, loIn, hiIn, value, hedged, oneSided);
  }

  /** Whether some value is allowed by both. */
  boolean compatible(Interval o) {
    double lo = Math.max(low, o.low);
    double hi = Math.min(high, o.high);
    if (lo < hi) {
      return true;
    }
    if (lo > hi) {
      return false;
    }
    boolean loIn = (low == lo ? lowInclusive : true) && (o.low == lo ? o.lowInclusive : true);
    boolean hiIn = (high == hi ? highInclusive : true) && (o.high == hi ? o.highInclusive : true);
    return loIn && hiIn;
  }

  /** Relative gap of the representative values: |a - b| / max(|a|, |b|). */
  double gap(Interval o) {
    double m = Math.max(Math.abs(value), Math.abs(o.value));
    return m == 0 ? 0 : Math.abs(value - o.value) / m;
  }
}
