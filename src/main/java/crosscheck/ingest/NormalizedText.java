package crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Normalised text ({@link TextNormalizer#normalized}) as the range base[from, to): trimming
 * alone copies nothing, and the one copy is left to whoever needs the text on its own (the kept
 * text after boilerplate removal).
 *
 * @param asciiLetters the letters when all are ASCII (counted by the normaliser's own scan), or
 *     -1 when there are others
 */
record NormalizedText(String base, int from, int to, int asciiLetters) {
  String text() {
    return base.substring(from, to);
  }

  /** The letters per script: from the scan when they are all ASCII, else counted here. */
  Scripts scripts() {
    return asciiLetters >= 0 ? Scripts.latin(asciiLetters) : Scripts.of(base, from, to);
  }

  /** The lines, as {@code text().split("\n", -1)} gives them. */
  String[] lines() {
    List<String> lines = new ArrayList<>();
    int start = from;
    for (int nl = base.indexOf('\n', start); nl >= 0 && nl < to; nl = base.indexOf('\n', start)) {
      lines.add(base.substring(start, nl));
      start = nl + 1;
    }
    lines.add(base.substring(start, to));
    return lines.toArray(String[]::new);
  }
}
