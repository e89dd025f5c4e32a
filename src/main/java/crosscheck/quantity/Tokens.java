package crosscheck.quantity;

/**
 * One pass over a text range into word, digit-run and single-character tokens, kept in parallel
 * arrays (no object per token) so that the number grammar can look both ways cheaply. Whitespace
 * separates tokens and is not a token; {@link #glued} tells whether two tokens touch.
 */
final class Tokens {
  static final byte WORD = 1;
  static final byte DIGITS = 2;
  static final byte MARK = 3;

  final String text;
  private int size;
  private int[] starts;
  private int[] ends;
  private byte[] types;

  Tokens(String text, int from, int to) {
    this.text = text;
    int cap = Math.max(16, (to - from) / 4);
    starts = new int[cap];
    ends = new int[cap];
    types = new byte[cap];
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        int j = i + 1;
        while (j < to && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
          j++;
        }
        add(i, j, DIGITS);
        i = j;
      } else if (isWordChar(c)) {
        int j = i + 1;
        while (j < to && isWordChar(text.charAt(j))) {
          j++;
        }
        add(i, j, WORD);
        i = j;
      } else if (isSpace(c)) {
        i++;
      } else {
        int j = Character.isHighSurrogate(c) && i + 1 < to ? i + 2 : i + 1;
        add(i, j, MARK);
        i = j;
      }
    }
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isWordChar(char c) {
    return c < 128
        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        : Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private void add(int s, int e, byte type) {
    if (size == starts.length) {
      int n = size * 2;
      starts = java.util.Arrays.copyOf(starts, n);
      ends = java.util.Arrays.copyOf(ends, n);
      types = java.util.Arrays.copyOf(types, n);
    }
    starts[size] = s;
    ends[size] = e;
    types[size] = type;
    size++;
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int length(int i) {
    return ends[i] - starts[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && types[i] == WORD;
  }

  boolean isDigits(int i) {
    return i >= 0 && i < size && types[i] == DIGITS;
  }

  /** Whether token i is the single character c. */
  boolean isMark(int i, char c) {
    return i >= 0 && i < size && types[i] == MARK && text.charAt(starts[i]) == c;
  }

  /** Whether token i is a dash that can join a range: hyphen, en dash, em dash, figure dash. */
  boolean isDash(int i) {
    if (i < 0 || i >= size || types[i] != MARK) {
      return false;
    }
    char c = text.charAt(starts[i]);
    return c == '-' || c == '\u2013' || c == '\u2014' || c == '\u2012' || c == '\u2212';
  }

  /** Whether token i is the word w, ignoring case. */
  boolean is(int i, String w) {
    return i >= 0 && i < size && length(i) == w.length() && text.regionMatches(true, starts[i], w, 0, w.length());
  }

  /** Whether tokens i and i+1 touch (no space between them). */
  boolean glued(int i) {
    return i >= 0 && i + 1 < size && ends[i] == starts[i + 1];
  }

  /** Whether the first char of token i is upper case. */
  boolean capitalised(int i) {
    return i >= 0 && i < size && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** Whether only spaces separate token i from the start of its line (or the text). */
  boolean atLineStart(int i, int textFrom) {
    for (int p = starts[i] - 1; p >= textFrom; p--) {
      char c = text.charAt(p);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!isSpace(c)) {
        return false;
      }
    }
    return true;
  }

  String text(int i) {
    return text.substring(starts[i], ends[i]);
  }
}
