package crosscheck.quantity;

/**
 * Joins a lower and an upper bound stated side by side ("more than 10 and less than 40", "at most
 * 100 and at least 20") into the one interval they describe together.
 */
final class Bounds {
  private Bounds() {}

  /**
   * The interval both one-sided bounds allow, or null when they do not make one.
   *
   * @param text the scanned text, whose offsets are the quantities' offsets minus {@code shift}
   */
  static Quantity join(Quantity first, Quantity second, String text, int shift) {
    if (first.change() != null || second.change() != null || first.per() != null || second.per() != null) {
      return null;
    }
    Quantity lower = lowerOnly(first) ? first : lowerOnly(second) ? second : null;
    Quantity upper = upperOnly(first) ? first : upperOnly(second) ? second : null;
    if (lower == null || upper == null || lower.low() >= upper.high()) {
      return null;
    }
    String unit = first.unit();
    String dimension = first.dimension();
    if (!unit.equals(second.unit())) {
      if (!"count".equals(unit)) {
        return null;
      }
      unit = second.unit();
      dimension = second.dimension();
    }
    String surface = text.substring(first.start() - shift, second.end() - shift);
    return new Quantity(surface, first.start(), second.end(), null, lower.low(), upper.high(),
        lower.lowInclusive(), upper.highInclusive(), Math.min(first.precision(), second.precision()),
        Bound.RANGE, first.approximate() || second.approximate(), unit, dimension, null, null);
  }

  private static boolean lowerOnly(Quantity q) {
    return q.point() != null && q.low() != null && q.high() == null;
  }

  private static boolean upperOnly(Quantity q) {
    return q.point() != null && q.high() != null && q.low() == null;
  }
}
