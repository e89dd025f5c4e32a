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
    String nfc = nfcInert(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
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
    String trimmed = nfc.substring(start, end);
    if (alreadyNormal(trimmed)) {
      return trimmed;
    }
    StringBuilder out = new StringBuilder(end - start);
    int newlines = 0; // line breaks seen since the last visible character
    boolean space = false; // a space is pending since the last visible character
    int i = start;
    while (i < end) {
      char c = nfc.charAt(i);
      if (ordinary(c)) {
        // copy the whole run of ordinary characters at once, after the pending separator
        if (out.length() > 0) {
          out.append(newlines > 1 ? "\n\n" : newlines == 1 ? "\n" : space ? " " : "");
        }
        int runEnd = i + 1;
        while (runEnd < end && ordinary(nfc.charAt(runEnd))) {
          runEnd++;
        }
        out.append(nfc, i, runEnd);
        newlines = 0;
        space = false;
        i = runEnd;
        continue;
      }
      i++;
      if (c == '\r') {
        if (i < end && nfc.charAt(i) == '\n') {
          continue;
        }
        newlines++;
        space = false;
      } else if (c == '\n' || c == '\u2028' || c == '\u000B' || c == '\f') {
        newlines++;
        space = false;
      } else if (c == '\u2029') {
        newlines += 2;
        space = false;
      } else if (isSpace(c)) {
        space = newlines == 0;
      }
      // anything else is a dropped control or invisible character
    }
    return out.toString();
  }

  /** {@link #ordinary} of every char, looked up: it is asked for every character of every text. */
  private static final boolean[] ORDINARY = new boolean[0x10000];

  static {
    for (int c = 0; c < ORDINARY.length; c++) {
      char ch = (char) c;
      ORDINARY[c] = (ch > ' ' && ch < 0x7F)
          || (ch >= 0xA0 && !isSpace(ch) && !dropped(ch) && ch != '\u2028' && ch != '\u2029');
    }
  }

  /** A character copied as it is: printable and neither a space, a line end nor invisible. */
  private static boolean ordinary(char c) {
    return ORDINARY[c];
  }

  /**
   * Whether the text is in NFC because every character is one that NFC leaves alone whatever
   * surrounds it (quick check "yes", combining class 0): everything below the combining marks at
   * U+0300, general punctuation, CJK ideographs and full-width forms. One cheap scan instead of
   * the normaliser's table look-ups; any other character leaves the decision to the normaliser.
   */
  static boolean nfcInert(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x300 && !nfcInert(c)) {
        return false;
      }
    }
    return true;
  }

  static boolean nfcInert(char c) {
    return c < 0x300 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E)
        || (c >= 0x3000 && c <= 0x3029) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E);
  }

  /**
   * Whether the trimmed text is already in the output form: printable characters and plain single
   * spaces, '\n' line ends, no space at a line's ends, at most one blank line in a row. Most
   * articles are; the vectorised substring searches and one simple loop are cheaper than copying.
   */
  private static boolean alreadyNormal(String text) {
    if (text.contains("  ") || text.contains(" \n") || text.contains("\n ") || text.contains("\n\n\n")) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= ' ' && c < 0x7F) || c == '\n') {
        continue;
      }
      if (!ORDINARY[c]) { // a control, a space other than ' ', an invisible or a line separator
        return false;
      }
    }
    return true;
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
