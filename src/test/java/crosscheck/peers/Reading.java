package crosscheck.peers;

/**
 * One admissible reading of an expected result, in crosscheck's terms: a unit expression (a
 * crosscheck unit id, optionally {@code "<id> per <id>"} for a rate; {@code null} when the peer
 * model has no units) and the value in that unit. Whether the interval's inclusive flags are
 * compared is decided by the peer's conventions (see {@link RecognizersModels}).
 */
record Reading(String unit, Interval value, boolean compareLowInclusive, boolean compareHighInclusive) {
  static Reading number(String unit, double value) {
    return new Reading(unit, Interval.point(value), false, false);
  }

  @Override
  public String toString() {
    return value + (unit == null ? "" : " " + unit);
  }
}
