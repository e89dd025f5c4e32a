package crosscheck.quantity;

/** A number with the tokens around it that belong to it: currency prefix, unit, hedge, change. */
final class Piece {
  Num num;
  UnitRule unit;
  /** Token span of the surface [from, to). */
  int from;
  int to;
  /** A fraction followed by "of": a share, reported in percent. */
  boolean share;
  HedgeRule hedge;
  /** "more than 5000 or equal to": the strict bound of the hedge includes the number. */
  boolean orEqual;
  Change change;
  String per;
  /** Tokens up to here belong to this quantity (a rate's "every 24 hours"). */
  int consumed;

  Piece(Num num) {
    this.num = num;
    this.from = num.from;
    this.to = num.to;
    this.consumed = num.to;
  }
}
