package crosscheck.peers;

/** What crosscheck said, projected onto the peer model's terms (see {@link Views}). */
record Got(String surface, int start, int end, String unit, Interval value) {
  @Override
  public String toString() {
    return "[" + start + "," + end + ") \"" + surface + "\" = " + value + (unit == null ? "" : " " + unit);
  }
}
