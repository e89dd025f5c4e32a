package crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs text that was UTF-8 but was decoded as GBK, Windows-1252 or Latin-1 ("China鈥檚",
 * "Chinaâ€™s"). Works run by run: a run of characters that the wrong charset can produce is
 * encoded back to its bytes, and is replaced only when those bytes are valid UTF-8 of printable
 * characters, which correct text essentially never is. In a document written mostly in Han
 * characters, GBK runs are repaired only when every run converts, so correct Chinese passes through.
 */
final class Mojibake {
  private Mojibake() {}

  /** The repaired text and what was done. */
  record Result(String text, List<Repair> repairs) {}

  /** One wrong decoding: which characters it yields and how to get their bytes back. */
  private interface Reading {
    String name();

    boolean produces(char c);

    /** The bytes the wrong decoder read as {@code run}. */
    byte[] bytes(String run);
  }

  static Result repair(String text) {
    if (asciiOnly(text)) {
      return new Result(text, List.of());
    }
    List<Repair> repairs = new ArrayList<>();
    String once = pass(text, new Cp1252Reading(), false, repairs);
    String twice = pass(once, new GbkReading(), hanDominant(once), repairs);
    return new Result(twice, repairs);
  }

  private static boolean asciiOnly(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean hanDominant(String text) {
    var counts = Scripts.letterCounts(text);
    return counts.getOrDefault(Character.UnicodeScript.HAN, 0) * 2 > Scripts.total(counts);
  }

  private static String pass(String text, Reading reading, boolean allOrNothing, List<Repair> repairs) {
    StringBuilder out = new StringBuilder(text.length());
    int repaired = 0;
    int restored = 0;
    int runs = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80 || !reading.produces(c)) {
        out.append(c);
        i++;
        continue;
      }
      int end = i;
      while (end < text.length() && text.charAt(end) >= 0x80 && reading.produces(text.charAt(end))) {
        end++;
      }
      runs++;
      String run = text.substring(i, end);
      byte[] bytes = reading.bytes(run);
      String fixed = printableUtf8(bytes, bytes.length);
      int consumed = end;
      if (fixed == null && lostLastByte(bytes)) {
        // E2 80 xx with xx dropped: the wrong decoder could not pair xx with the next byte
        String head = bytes.length == 2 ? "" : printableUtf8(bytes, bytes.length - 2);
        if (head != null) {
          if (consumed < text.length() && text.charAt(consumed) == '\uFFFD') {
            consumed++;
          }
          fixed = head + punctuationFromContext(out, head, text, consumed);
          restored++;
        }
      }
      if (fixed == null) {
        if (allOrNothing) {
          return text;
        }
        out.append(run);
      } else {
        out.append(fixed);
        repaired++;
      }
      i = consumed;
    }
    if (repaired > 0) {
      repairs.add(new Repair("mojibake", "UTF-8 read as " + reading.name() + ": " + repaired
          + " sequence(s) repaired" + (restored > 0 ? " (" + restored + " with a lost last byte restored from context)" : "")));
      return out.toString();
    }
    return text;
  }

  private static boolean lostLastByte(byte[] b) {
    int n = b.length;
    return n >= 2 && (b[n - 2] & 0xFF) == 0xE2 && (b[n - 1] & 0xFF) == 0x80;
  }

  /**
   * The General Punctuation character whose last byte was lost: a closing quote when a quotation
   * is open in the paragraph, an apostrophe after a letter, otherwise a dash.
   */
  private static char punctuationFromContext(StringBuilder before, String head, String text, int next) {
    int open = 0;
    String sofar = before.substring(Math.max(0, before.lastIndexOf("\n\n"))) + head;
    for (int k = 0; k < sofar.length(); k++) {
      char q = sofar.charAt(k);
      open += q == '\u201C' ? 1 : q == '\u201D' ? -1 : 0;
    }
    if (open > 0) {
      return '\u201D';
    }
    char prev = sofar.isEmpty() ? ' ' : sofar.charAt(sofar.length() - 1);
    char after = next < text.length() ? text.charAt(next) : ' ';
    if (Character.isLetterOrDigit(prev)) {
      return '\u2019';
    }
    return Character.isLetterOrDigit(after) ? '\u201C' : '\u2014';
  }

  /** The bytes as UTF-8 when valid, with at least one multi-byte character and nothing unprintable. */
  private static String printableUtf8(byte[] bytes, int length) {
    if (length <= 0) {
      return null;
    }
    CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    String s;
    try {
      s = dec.decode(ByteBuffer.wrap(bytes, 0, length)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
    boolean multiByte = false;
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      k += Character.charCount(cp);
      int type = Character.getType(cp);
      if (cp == 0xFFFD || type == Character.CONTROL || type == Character.PRIVATE_USE
          || type == Character.UNASSIGNED || type == Character.SURROGATE) {
        return null;
      }
      multiByte |= cp >= 0x80;
    }
    return multiByte ? s : null;
  }

  /** Windows-1252, and Latin-1 whose 0x80-0x9F bytes come out as C1 control characters. */
  private static final class Cp1252Reading implements Reading {
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private final CharsetEncoder encoder = CP1252.newEncoder();

    @Override
    public String name() {
      return "Windows-1252/Latin-1";
    }

    @Override
    public boolean produces(char c) {
      return c <= 0xFF || (c >= 0x152 && c <= 0x2122 && encoder.canEncode(c));
    }

    @Override
    public byte[] bytes(String run) {
      byte[] b = new byte[run.length()];
      for (int k = 0; k < run.length(); k++) {
        char c = run.charAt(k);
        b[k] = c <= 0xFF ? (byte) c : CP1252.encode(String.valueOf(c)).get(0);
      }
      return b;
    }
  }

  /** GBK: the Han characters and full-width symbols that UTF-8 bytes read as GBK turn into. */
  private static final class GbkReading implements Reading {
    private static final Charset GBK = Charset.forName("GBK");

    @Override
    public String name() {
      return "GBK";
    }

    @Override
    public boolean produces(char c) {
      return GbkTable.ENCODABLE.get(c);
    }

    @Override
    public byte[] bytes(String run) {
      try {
        ByteBuffer buf = GBK.newEncoder().encode(CharBuffer.wrap(run));
        byte[] b = new byte[buf.remaining()];
        buf.get(b);
        return b;
      } catch (CharacterCodingException e) {
        return new byte[0];
      }
    }
  }

  /** Which BMP characters GBK can encode, computed once. */
  private static final class GbkTable {
    static final java.util.BitSet ENCODABLE = build();

    private static java.util.BitSet build() {
      CharsetEncoder enc = Charset.forName("GBK").newEncoder();
      java.util.BitSet set = new java.util.BitSet(0x10000);
      for (int c = 0x80; c < 0x10000; c++) {
        if (!Character.isSurrogate((char) c) && enc.canEncode((char) c)) {
          set.set(c);
        }
      }
      return set;
    }
  }
}
