package crosscheck.quantity;

/** A number read from tokens, before units and context: mutable scratch of one scan step. */
final class Num {
  double value;
  /** Place value of the last stated digit, scaled. */
  double precision;
  /** Token span [from, to). */
  int from;
  int to;
  /** Written in words ("six hundred"), which matters for the small-number and compound rules. */
  boolean words;
  /** A fraction ("one third", "3/4", "½"). */
  boolean fraction;
  /** A vague quantity ("tens of thousands", "several hundred"): value is the low end. */
  boolean vague;
  /** The exclusive high end of a vague quantity. */
  double vagueHigh;
  /** A scale word or suffix was applied ("million", "bn"). */
  double scale = 1;
  /** Digits only, no separator, no sign, no decimals: could be a year. */
  boolean plainInteger;
  /** Not a quantity (a designation, a version, a date): skip tokens [from, to). */
  boolean reject;

  static Num rejected(int from, int to) {
    Num n = new Num();
    n.from = from;
    n.to = to;
    n.reject = true;
    return n;
  }
}
