package crosscheck.peers;

/**
 * A value as the peers and crosscheck both can state it: a closed point, a one-sided bound or a
 * two-sided range. {@code null} ends are unbounded.
 */
record Interval(Double low, Double high, boolean lowInclusive, boolean highInclusive) {
  /** Relative tolerance for comparing numbers: peers print 15 significant digits or fewer. */
  static final double TOLERANCE = 1e-6;

  static Interval point(double value) {
    return new Interval(value, value, true, true);
  }

  boolean isPoint() {
    return low != null && high != null && low.equals(high) && lowInclusive && highInclusive;
  }

  Interval times(double factor) {
    if (factor <= 0) {
      throw new IllegalArgumentException("scale factors are positive, got " + factor);
    }
    return new Interval(
        low == null ? null : low * factor, high == null ? null : high * factor,
        lowInclusive, highInclusive);
  }

  /** Same ends within tolerance; each inclusive flag only when asked to compare it. */
  boolean sameAs(Interval other, boolean compareLowInclusive, boolean compareHighInclusive) {
    return close(low, other.low)
        && close(high, other.high)
        && (!compareLowInclusive || low == null || lowInclusive == other.lowInclusive)
        && (!compareHighInclusive || high == null || highInclusive == other.highInclusive);
  }

  static boolean close(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    double scale = Math.max(Math.abs(a), Math.abs(b));
    return Math.abs(a - b) <= TOLERANCE * scale; // relative only: base units reach 1e-18 (attometres)
  }

  @Override
  public String toString() {
    if (isPoint()) {
      return number(low);
    }
    return (lowInclusive ? "[" : "(") + (low == null ? "" : number(low)) + ","
        + (high == null ? "" : number(high)) + (highInclusive ? "]" : ")");
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
