package crosscheck.ingest;

import java.text.Normalizer;

/**
 * Normalises decoded text so that later offsets are stable and meaningful: line ends to '\n',
 * Unicode NFC, every kind of space (no-break, thin, figure, ideographic...) and tab to a plain
 * space, invisible format characters and stray control characters dropped, runs of spaces
 * collapsed, lines trimmed, and paragraph breaks kept as exactly one blank line. Typographic
 * quotes and dashes are kept as they are: reports show the original wording.
 */
final class TextNormalizer {
  private TextNormalizer() {}

  static String normalize(String text) {
    String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
    int start = 0;
    int end = nfc.length();
    while (start < end && nfc.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && nfc.charAt(end - 1) <= ' ') {
      end--;
    }
    if (alreadyNormal(nfc, start, end)) {
      return nfc.substring(start, end);
    }
    StringBuilder out = new StringBuilder(nfc.length());
    int newlines = 0; // newlines seen since the last visible character
    boolean space = false; // a space is pending since the last visible character
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (c == '\r') {
        if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
          continue;
        }
        c = '\n';
      }
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\f') {
        newlines += c == '\u2029' ? 2 : 1;
        space = false;
        continue;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (dropped(c)) {
        continue;
      }
      if (out.length() > 0) {
        if (newlines > 0) {
          out.append(newlines > 1 ? "\n\n" : "\n");
        } else if (space) {
          out.append(' ');
        }
      }
      newlines = 0;
      space = false;
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Whether the text is already in the output form: printable characters and plain single spaces,
   * '\n' line ends, no space at a line's ends, at most one blank line in a row, none at the ends.
   * Most articles are; checking is cheaper than copying.
   */
  private static boolean alreadyNormal(String text, int from, int to) {
    if (from == to) {
      return true;
    }
    char prev = '\n';
    char prev2 = '\n';
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (prev == ' ' || prev == '\n') {
          return false;
        }
      } else if (c == '\n') {
        if (prev == ' ' || (prev == '\n' && prev2 == '\n') || i == from) {
          return false;
        }
      } else if (c < 0x20 || (c >= 0x7F && (c < 0xA0 || isSpace(c) || dropped(c) || c == '\u2028' || c == '\u2029'))) {
        return false;
      }
      prev2 = prev;
      prev = c;
    }
    return prev != ' ' && prev != '\n';
  }

  /** Space, tab and the Unicode space separators (Zs), listed: this runs on every character. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\u1680' || (c >= '\u2000' && c <= '\u200a')
        || c == '\u202f' || c == '\u205f' || c == '\u3000';
  }

  /** Control characters and invisible format characters (zero-width space, BOM, soft hyphen). */
  private static boolean dropped(char c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      return true;
    }
    return c == '\u200B' || c == '\uFEFF' || c == '\u00AD' || c == '\u2060';
  }
}
