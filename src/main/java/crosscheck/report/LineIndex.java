package crosscheck.report;

import java.util.Collections;
import java.util.List;

/** Offset to 1-based line and column (UTF-16 units), from a document's {@code lineStarts}. */
final class LineIndex {
  private final List<Integer> starts;

  /** @param starts offsets at which lines 2.. begin, ascending; null or empty for one line */
  LineIndex(List<Integer> starts) {
    this.starts = starts == null ? List.of() : starts;
  }

  int line(int offset) {
    return lineIndex(offset) + 1;
  }

  int column(int offset) {
    int i = lineIndex(offset);
    return offset - (i == 0 ? 0 : starts.get(i - 1)) + 1;
  }

  /** Number of line starts at or before the offset. */
  private int lineIndex(int offset) {
    int i = Collections.binarySearch(starts, offset);
    return i >= 0 ? i + 1 : -i - 1;
  }
}
