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
    return normalized(text).text();
  }

  static NormalizedText normalized(String text) {
    int start = trimmedStart(text);
    int end = trimmedEnd(text, start);
    // the trimmed ends are plain and NFC-inert, so one scan of the middle decides both questions
    Scan scan = scan(text, start, end);
    String nfc = text;
    if ((scan.flags() & MAY_NEED_NFC) != 0 && !Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
      nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
      start = trimmedStart(nfc);
      end = trimmedEnd(nfc, start);
      scan = scan(nfc, start, end);
    }
    // what the rest of normalising drops or changes is never a letter: the scan's count holds
    int asciiLetters = (scan.flags() & OTHER_LETTER) == 0 ? scan.asciiLetters() : -1;
    if ((scan.flags() & NOT_PLAIN) == 0) {
      return new NormalizedText(nfc, start, end, asciiLetters); // most articles: nothing to copy
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
    return new NormalizedText(out.toString(), 0, out.length(), asciiLetters);
  }

  private static int trimmedStart(String text) {
    int start = 0;
    while (start < text.length() && text.charAt(start) <= ' ') {
      start++;
    }
    return start;
  }

  private static int trimmedEnd(String text, int start) {
    int end = text.length();
    while (end > start && text.charAt(end - 1) <= ' ') {
      end--;
    }
    return end;
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
   * Whether NFC leaves the character alone whatever surrounds it (quick check "yes", combining
   * class 0): everything below the combining marks at U+0300, general punctuation, CJK ideographs
   * and full-width forms. A cheap test instead of the normaliser's table look-ups; any other
   * character leaves the decision to the normaliser.
   */
  static boolean nfcInert(char c) {
    return c < 0x300 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E)
        || (c >= 0x3000 && c <= 0x3029) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E);
  }

  /**
   * Bits of {@link #CLASS}: a character NFC may change, one the output form does not keep as it
   * is, an ASCII letter, a letter outside ASCII (or half of a surrogate pair, which may be one).
   */
  private static final int MAY_NEED_NFC = 1;
  private static final int NOT_PLAIN = 2;
  private static final int ASCII_LETTER = 16;
  private static final int OTHER_LETTER = 32;
  /** In bits 2-3 of {@link #CLASS}: ' ' is 1, '\n' is 2, anything else 0. */
  private static final int SPACE = 1;
  private static final int NEWLINE = 2;

  /** What one scan finds: the {@link #CLASS} flag bits or'ed together, and the ASCII letters. */
  private record Scan(int flags, int asciiLetters) {}

  /** The {@link #CLASS} bits of every char, looked up: the scan runs on every character of every text. */
  private static final byte[] CLASS = new byte[0x10000];

  /**
   * NOT_PLAIN for the last three characters' spacing codes (2 bits each, the latest lowest) when
   * they end in spacing the output form does not have: "  ", " \n", "\n " or "\n\n\n".
   */
  private static final byte[] SPACING = new byte[64];

  static {
    for (int c = 0; c < CLASS.length; c++) {
      char ch = (char) c;
      boolean plain = ch == ' ' || ch == '\n' || ORDINARY[c];
      int spacing = ch == ' ' ? SPACE : ch == '\n' ? NEWLINE : 0;
      int letter = c < 0x80 ? (Character.isLetter(ch) ? ASCII_LETTER : 0)
          : Character.isLetter(ch) || Character.isSurrogate(ch) ? OTHER_LETTER : 0;
      CLASS[c] = (byte) ((nfcInert(ch) ? 0 : MAY_NEED_NFC) | (plain ? 0 : NOT_PLAIN) | spacing << 2 | letter);
    }
    for (int last3 = 0; last3 < SPACING.length; last3++) {
      int c = last3 & 3;
      int b = (last3 >> 2) & 3;
      int a = last3 >> 4;
      boolean bad = (b == SPACE && c != 0) || (b == NEWLINE && c == SPACE) || (a == NEWLINE && b == NEWLINE && c == NEWLINE);
      SPACING[last3] = (byte) (bad ? NOT_PLAIN : 0);
    }
  }

  /**
   * One pass of table look-ups over text[from, to), no branch per character: NOT_PLAIN also for
   * spacing to fix; the ASCII letters counted on the way (the language needs them).
   */
  private static Scan scan(String text, int from, int to) {
    int flags = 0;
    int last3 = 0;
    int asciiLetters = 0;
    for (int i = from; i < to; i++) {
      int k = CLASS[text.charAt(i)];
      last3 = (last3 << 2 | (k >> 2 & 3)) & 63;
      flags |= k | SPACING[last3];
      asciiLetters += k >> 4 & 1;
    }
    return new Scan(flags, asciiLetters);
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
