package crosscheck.ingest;

import java.text.Normalizer;
import java.util.Arrays;

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
    // plain arrays: getChars copies the range at once, charAt pays a coder test per char
    char[] in = new char[end - start];
    nfc.getChars(start, end, in, 0);
    if (alreadyNormal(nfc, start, end, in)) {
      return nfc.substring(start, end);
    }
    char[] out = new char[in.length + 16];
    int length = 0;
    int newlines = 0; // line breaks seen since the last visible character
    boolean space = false; // a space is pending since the last visible character
    int i = 0;
    int n = in.length;
    while (i < n) {
      char c = in[i];
      if (ordinary(c)) {
        // copy the whole run of ordinary characters at once, after the pending separator
        int runEnd = i + 1;
        while (runEnd < n && ordinary(in[runEnd])) {
          runEnd++;
        }
        if (length + 2 + runEnd - i > out.length) { // only U+2029 makes the text longer
          out = Arrays.copyOf(out, Math.max(out.length * 2, length + 2 + runEnd - i));
        }
        if (length > 0) {
          if (newlines > 0) {
            out[length++] = '\n';
            if (newlines > 1) {
              out[length++] = '\n';
            }
          } else if (space) {
            out[length++] = ' ';
          }
        }
        System.arraycopy(in, i, out, length, runEnd - i);
        length += runEnd - i;
        newlines = 0;
        space = false;
        i = runEnd;
        continue;
      }
      i++;
      if (c == '\r') {
        if (i < n && in[i] == '\n') {
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
    return new String(out, 0, length);
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

  /** {@link #ORDINARY} plus ' ' and '\n': the characters of text that is already normal. */
  private static final boolean[] KEPT = ORDINARY.clone();

  static {
    KEPT[' '] = true;
    KEPT['\n'] = true;
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
    for (char c : text.toCharArray()) { // an array scan: charAt pays a coder test per char
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
  private static boolean alreadyNormal(String text, int start, int end, char[] chars) {
    // the range starts and ends with a visible character, so a hit of these that starts inside
    // the range lies wholly inside it
    if (foundIn(text, "  ", start, end) || foundIn(text, " \n", start, end) || foundIn(text, "\n ", start, end)
        || foundIn(text, "\n\n\n", start, end)) {
      return false;
    }
    for (char c : chars) {
      if (!KEPT[c]) { // a control, a space other than ' ', an invisible or a line separator
        return false;
      }
    }
    return true;
  }

  private static boolean foundIn(String text, String what, int start, int end) {
    int at = text.indexOf(what, start);
    return at >= 0 && at < end;
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
