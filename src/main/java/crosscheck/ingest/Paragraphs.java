package crosscheck.ingest;

/**
 * The blank-line separated blocks of a text split into lines: their lengths counted up front and
 * their text joined only when a paragraph rule asks for it.
 */
final class Paragraphs {
  /** For each line its paragraph number from 0, or -1 for a blank line. */
  static int[] indexes(String[] lines) {
    int[] p = new int[lines.length];
    int n = 0;
    boolean inside = false;
    for (int i = 0; i < lines.length; i++) {
      boolean blank = lines[i].isBlank();
      if (!blank && !inside) {
        n++;
      }
      inside = !blank;
      p[i] = blank ? -1 : n - 1;
    }
    return p;
  }

  private final String[] lines;
  private final int[] first;
  private final int[] chars;
  private final String[] texts;

  Paragraphs(String[] lines, int[] paragraph) {
    this.lines = lines;
    int count = 0;
    for (int p : paragraph) {
      count = Math.max(count, p + 1);
    }
    first = new int[count];
    chars = new int[count];
    texts = new String[count];
    java.util.Arrays.fill(first, -1);
    for (int i = 0; i < lines.length; i++) {
      int p = paragraph[i];
      if (p >= 0) {
        first[p] = first[p] < 0 ? i : first[p];
        chars[p] += lines[i].length() + (first[p] == i ? 0 : 1);
      }
    }
  }

  int length(int p) {
    return chars[p];
  }

  String text(int p) {
    if (texts[p] == null) {
      StringBuilder b = new StringBuilder(chars[p]);
      for (int i = first[p]; i < lines.length && !lines[i].isBlank(); i++) {
        b.append(b.isEmpty() ? "" : "\n").append(lines[i].strip());
      }
      texts[p] = b.toString();
    }
    return texts[p];
  }
}
