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

  /**
   * One wrong decoding, as a table from each character it can produce to the byte(s) it read:
   * -1 for characters it never produces, a byte value, or 0x10000 | two bytes.
   */
  private record Reading(String name, int[] code) {
    boolean produces(char c) {
      return code[c] >= 0;
    }

    /** Whether the run's first byte could start a multi-byte UTF-8 sequence (C2..F4). */
    boolean startsUtf8(char first) {
      int v = code[first];
      int lead = v > 0xFFFF ? (v >> 8) & 0xFF : v;
      return lead >= 0xC2 && lead <= 0xF4;
    }

    byte[] bytes(String run) {
      byte[] b = new byte[run.length() * 2];
      int n = 0;
      for (int k = 0; k < run.length(); k++) {
        int v = code[run.charAt(k)];
        if (v > 0xFFFF) {
          b[n++] = (byte) (v >> 8);
        }
        b[n++] = (byte) v;
      }
      return java.util.Arrays.copyOf(b, n);
    }
  }

  private static final Reading CP1252 = new Reading("Windows-1252/Latin-1", table("windows-1252", true));
  private static final Reading GBK = new Reading("GBK", table("GBK", false));

  /**
   * The table of a charset's characters at or above 0x80. With {@code c1Controls}, U+0080..U+009F
   * map to their own byte, as a Latin-1 decoder produces them.
   */
  private static int[] table(String charset, boolean c1Controls) {
    int[] code = new int[0x10000];
    java.util.Arrays.fill(code, -1);
    CharsetEncoder enc = Charset.forName(charset).newEncoder();
    for (int c = 0x80; c < 0x10000; c++) {
      char ch = (char) c;
      if (Character.isSurrogate(ch) || !enc.canEncode(ch)) {
        continue;
      }
      try {
        ByteBuffer b = enc.encode(CharBuffer.wrap(new char[] {ch}));
        if (b.remaining() == 1) {
          code[c] = b.get(0) & 0xFF;
        } else if (b.remaining() == 2) {
          code[c] = 0x10000 | ((b.get(0) & 0xFF) << 8) | (b.get(1) & 0xFF);
        }
      } catch (CharacterCodingException e) {
        // not encodable after all: stays -1
      }
    }
    if (c1Controls) {
      for (int c = 0x80; c < 0xA0; c++) {
        code[c] = c;
      }
    }
    return code;
  }

  static Result repair(String text) {
    if (!mayHoldMojibake(text)) {
      return new Result(text, List.of());
    }
    List<Repair> repairs = new ArrayList<>();
    String once = pass(text, CP1252, false, repairs);
    String twice = pass(once, GBK, true, repairs);
    return new Result(twice, repairs);
  }

  /** Whether any character could start a repairable run: one pass that most texts end with. */
  private static boolean mayHoldMojibake(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && (CP1252.startsUtf8(c) || GBK.startsUtf8(c))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hanDominant(String text) {
    Scripts scripts = Scripts.of(text);
    return scripts.get(Character.UnicodeScript.HAN) * 2 > scripts.total();
  }

  /**
   * One reading's repairs. With {@code guardHan}, once a Han character is met the text is checked
   * for being mostly Han; if it is, a run that does not convert leaves the whole text as it was.
   */
  private static String pass(String text, Reading reading, boolean guardHan, List<Repair> repairs) {
    Boolean allOrNothing = guardHan ? null : Boolean.FALSE; // decided at the first Han character
    StringBuilder out = null; // made at the first repair: most texts need none
    int copied = 0;
    int repaired = 0;
    int restored = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c < 0x80 || !reading.produces(c)) {
        i++;
        continue;
      }
      int end = i;
      boolean han = false;
      while (end < text.length() && text.charAt(end) >= 0x80 && reading.produces(text.charAt(end))) {
        han |= Character.isIdeographic(text.charAt(end));
        end++;
      }
      if (allOrNothing == null && han) {
        allOrNothing = hanDominant(text);
      }
      if (!reading.startsUtf8(c)) {
        if (Boolean.TRUE.equals(allOrNothing)) {
          return text;
        }
        i = end;
        continue;
      }
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
          out = out == null ? new StringBuilder(text.length()) : out;
          out.append(text, copied, i);
          copied = i;
          fixed = head + punctuationFromContext(out, head, text, consumed);
          restored++;
        }
      }
      if (fixed == null) {
        if (Boolean.TRUE.equals(allOrNothing)) {
          return text;
        }
      } else {
        out = out == null ? new StringBuilder(text.length()) : out;
        out.append(text, copied, i).append(fixed);
        copied = consumed;
        repaired++;
      }
      i = consumed;
    }
    if (repaired == 0) {
      return text;
    }
    out.append(text, copied, text.length());
    repairs.add(new Repair("mojibake", "UTF-8 read as " + reading.name() + ": " + repaired
        + " sequence(s) repaired" + (restored > 0 ? " (" + restored + " with a lost last byte restored from context)" : "")));
    return out.toString();
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
    // results, not exceptions: most runs tried are not UTF-8, and an exception's stack trace is dear
    CharBuffer chars = CharBuffer.allocate(length);
    if (dec.decode(ByteBuffer.wrap(bytes, 0, length), chars, true).isError() || dec.flush(chars).isError()) {
      return null;
    }
    String s = chars.flip().toString();
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
}
