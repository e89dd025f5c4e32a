package crosscheck.quantity;

import java.util.function.Predicate;

/**
 * What the number right after a piece says about it: "one in five" makes a ratio, and "5 or 6
 * days" gives the first number the second one's measure.
 */
final class Neighbours {
  private final Tokens t;
  private final PieceReader pieces;
  /** The scanner's single-number rules (dates, times, years): such a number is not a neighbour. */
  private final Predicate<Piece> notAlone;

  Neighbours(Tokens t, PieceReader pieces, Predicate<Piece> notAlone) {
    this.t = t;
    this.pieces = pieces;
    this.notAlone = notAlone;
  }

  /**
   * "one in five Americans", "2 out of 3": a ratio when a whole number without unit is followed by
   * "in" or "out of" and a larger whole number that counts (no year, no measure such as "in 10 days").
   */
  void ratio(Piece a) {
    Num n = a.num;
    int k = t.is(a.to, "in") ? a.to + 1 : t.is(a.to, "out") && t.is(a.to + 1, "of") ? a.to + 2 : -1;
    if (k < 0 || a.unit != null || n.fraction || n.vague || n.value < 1 || n.value != Math.rint(n.value)
        || notAlone.test(a)) {
      return;
    }
    Piece b = pieces.read(k);
    if (b == null || b.num.reject || b.num.fraction || b.num.vague || b.num.value <= n.value
        || b.num.value != Math.rint(b.num.value) || NotQuantity.yearLike(t, b.num) || notAlone.test(b)
        || b.unit != null && !b.unit.dimension().equals("count")) {
      return;
    }
    n.precision = Math.min(1, n.value) / b.num.value;
    n.value = n.value / b.num.value;
    n.fraction = true;
    n.to = b.num.to;
    a.to = b.num.to;
    a.consumed = Math.max(a.consumed, b.num.to);
  }

  /** "45 and 50 mg", "5 or 6 days": a bare number takes the measure written after the next one. */
  void sharedUnit(Piece a) {
    if (a.unit != null || a.num.fraction || a.num.vague || !(t.is(a.to, "and") || t.is(a.to, "or"))) {
      return;
    }
    Piece next = pieces.read(a.to + 1);
    if (next != null && !next.num.reject && !next.num.fraction && next.unit != null && next.from == a.to + 1
        && !next.unit.dimension().equals("count")) {
      a.unit = next.unit;
    }
  }
}
