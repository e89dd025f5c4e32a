package crosscheck.peers;

import java.util.List;

/**
 * One result a peer case expects. {@code start}/{@code end} are offsets in the input, end
 * exclusive. A result matches when crosscheck's span overlaps it and any reading fits.
 */
record Expected(String text, int start, int end, List<Reading> readings) {
  Expected {
    readings = List.copyOf(readings);
    if (readings.isEmpty() || start < 0 || end < start) {
      throw new IllegalArgumentException("bad expected result '" + text + "' " + start + ".." + end);
    }
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ") \"" + text + "\" = "
        + String.join(" | ", readings.stream().map(Reading::toString).toList());
  }
}
