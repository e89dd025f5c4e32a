package crosscheck.report;

import java.util.ArrayList;
import java.util.List;

/**
 * What a report needs of a document's cleaned text: its length and where its lines begin, so that
 * a document whose text is no longer at hand (one taken from the run memo) is reported the same.
 *
 * @param chars the text's length in UTF-16 units (the unit of claim offsets)
 * @param lineStarts offsets at which lines 2, 3, ... begin (after each LF, lone CR or CRLF)
 */
public record TextShape(int chars, List<Integer> lineStarts) {
  public TextShape {
    lineStarts = List.copyOf(lineStarts);
  }

  public static TextShape of(String text) {
    return new TextShape(text.length(), lineStarts(text));
  }

  /** Offsets at which lines 2.. begin; CRLF counts as one line break. */
  static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    if (text.indexOf('\r') < 0) {
      // the usual cleaned text: String.indexOf scans for LF far faster than a charAt loop
      for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
        starts.add(at + 1);
      }
      return List.copyOf(starts);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    return List.copyOf(starts);
  }
}
