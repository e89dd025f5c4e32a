package crosscheck.quantity;

/**
 * Turns a read {@link Piece} (and the upper end of a range) into the {@link Quantity} contract:
 * converts to the canonical unit, applies the change sign, and sets the interval from the bound.
 */
final class QuantityBuilder {
  private QuantityBuilder() {}

  static Quantity build(Tokens t, int shift, Piece a, Piece b) {
    Num n = a.num;
    String unit = "count";
    String dimension = "count";
    double factor = 1;
    if (a.share) {
      unit = "percent";
      dimension = "percent";
      factor = 100;
    } else if (a.unit != null) {
      unit = a.unit.unit();
      dimension = a.unit.dimension();
      factor = a.unit.factor();
    } else if (n.fraction) {
      unit = "ratio";
      dimension = "ratio";
    }
    double v = n.value * factor;
    double precision = n.precision * factor;
    Double point = v;
    Double low = v;
    Double high = v;
    boolean lowIn = true;
    boolean highIn = true;
    Bound bound = Bound.EXACT;
    boolean approximate = false;
    if (b != null) {
      point = null;
      high = b.num.value * factor;
      precision = Math.min(precision, b.num.precision * factor);
      bound = Bound.RANGE;
    } else if (n.vague) {
      point = null;
      high = n.vagueHigh * factor;
      highIn = false;
      bound = Bound.RANGE;
      approximate = true;
    }
    if (a.hedge != null) {
      approximate = a.hedge.approximate() || approximate;
      Bound h = a.hedge.boundValue();
      if (a.orEqual) {
        h = h == Bound.MORE_THAN ? Bound.AT_LEAST : h == Bound.LESS_THAN ? Bound.AT_MOST : h;
      }
      if (h == Bound.RANGE) {
        h = Bound.EXACT;
      } else if (bound != Bound.RANGE) {
        bound = h;
      }
      switch (h) {
        case MORE_THAN, AT_LEAST -> {
          lowIn = h == Bound.AT_LEAST;
          high = null;
          highIn = false;
        }
        case LESS_THAN, AT_MOST -> {
          highIn = h == Bound.AT_MOST;
          high = b != null ? high : v;
          low = null;
          lowIn = false;
        }
        default -> { }
      }
    } else if (n.fraction && n.words && a.share) {
      bound = Bound.APPROX;
      approximate = true;
    }
    if (a.change == Change.DOWN) {
      Double oldLow = low;
      boolean oldLowIn = lowIn;
      low = high == null ? null : -high;
      lowIn = highIn;
      high = oldLow == null ? null : -oldLow;
      highIn = oldLowIn;
      point = point == null ? null : -point;
    }
    int start = t.start(a.from) + shift;
    int end = t.end(a.to - 1) + shift;
    String surface = t.text.substring(start - shift, end - shift);
    return new Quantity(surface, start, end, point, low, high, lowIn, highIn, precision, bound,
        approximate, unit, dimension, a.per != null || a.unit == null ? a.per : a.unit.per(), a.change);
  }
}
