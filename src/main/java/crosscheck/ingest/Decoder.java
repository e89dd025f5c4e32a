package crosscheck.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Raw bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, and legacy 8-bit or CJK
 * encodings detected with ICU4J when the bytes are not valid UTF-8. Every choice other than plain
 * UTF-8 is recorded as an "encoding" repair.
 */
final class Decoder {
  /** Bytes looked at to tell text from binary and UTF-16 from 8-bit text. */
  private static final int SAMPLE = 8 * 1024;

  /** Legacy encodings ICU may name that we accept; anything else falls back to replacement. */
  private static final Set<String> LEGACY =
      Set.of("windows-1252", "ISO-8859-1", "ISO-8859-2", "windows-1250", "ISO-8859-5",
          "windows-1251", "KOI8-R", "ISO-8859-7", "windows-1253", "ISO-8859-9", "windows-1254",
          "ISO-8859-8", "windows-1255", "windows-1256", "GB18030", "Big5", "Shift_JIS", "EUC-JP",
          "EUC-KR");

  private Decoder() {}

  /** The decoded text, or why the bytes are not text. */
  record Decoded(String text, List<Repair> repairs, String notText) {
    static Decoded binary(String why) {
      return new Decoded(null, List.of(), why);
    }
  }

  static Decoded decode(byte[] raw) {
    List<Repair> repairs = new ArrayList<>();
    if (startsWith(raw, 0xEF, 0xBB, 0xBF)) {
      repairs.add(new Repair("encoding", "UTF-8 with byte-order mark"));
      return utf8(raw, 3, repairs);
    }
    if (startsWith(raw, 0xFF, 0xFE) || startsWith(raw, 0xFE, 0xFF)) {
      Charset cs = raw[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
      repairs.add(new Repair("encoding", cs.name() + " (byte-order mark)"));
      return lenient(raw, 2, cs, repairs);
    }
    Charset utf16 = utf16WithoutMark(raw);
    if (utf16 != null) {
      repairs.add(new Repair("encoding", utf16.name() + " without byte-order mark (detected from NUL byte pattern)"));
      return lenient(raw, 0, utf16, repairs);
    }
    String binary = binaryReason(raw);
    if (binary != null) {
      return Decoded.binary(binary);
    }
    return utf8(raw, 0, repairs);
  }

  private static Decoded utf8(byte[] raw, int offset, List<Repair> repairs) {
    String text = StrictUtf8.decode(raw, offset);
    return text != null ? new Decoded(text, repairs, null) : legacy(raw, offset, repairs);
  }

  /**
   * Strict UTF-8 decoding into a char buffer that the thread reuses, then one copy into the
   * String: {@code new String(bytes, UTF_8)} allocates about five bytes per input byte (a Latin-1
   * try, a UTF-16 buffer, a trimmed copy), this about three, and malformed input shows at once.
   */
  private static final class StrictUtf8 {
    /** A larger buffer is used for its file only, not kept by the thread. */
    private static final int KEPT_CHARS = 1 << 20;
    private static final ThreadLocal<StrictUtf8> PER_THREAD = ThreadLocal.withInitial(StrictUtf8::new);

    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer kept = CharBuffer.allocate(0);

    /** The text, or null when the bytes from the offset on are not valid UTF-8. */
    static String decode(byte[] raw, int offset) {
      // the JDK's replacing decoder has vectorised ASCII paths and builds compact strings directly;
      // it changes malformed input to U+FFFD, so a result without one came from valid UTF-8
      String fast = new String(raw, offset, raw.length - offset, StandardCharsets.UTF_8);
      if (fast.indexOf('\uFFFD') < 0) {
        return fast;
      }
      return PER_THREAD.get().run(raw, offset);
    }

    private String run(byte[] raw, int offset) {
      int n = raw.length - offset; // UTF-8 never has more chars than bytes
      CharBuffer out = n <= kept.capacity() ? kept.clear() : CharBuffer.allocate(n);
      if (n > kept.capacity() && n <= KEPT_CHARS) {
        kept = out;
      }
      decoder.reset();
      if (!decoder.decode(ByteBuffer.wrap(raw, offset, n), out, true).isUnderflow()
          || !decoder.flush(out).isUnderflow()) {
        return null;
      }
      return new String(out.array(), 0, out.position());
    }
  }

  /** Not valid UTF-8: ask ICU which legacy encoding it is. */
  private static Decoded legacy(byte[] raw, int offset, List<Repair> repairs) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(offset == 0 ? raw : java.util.Arrays.copyOfRange(raw, offset, raw.length));
    for (CharsetMatch m : detector.detectAll()) {
      String name = m.getName();
      if (!LEGACY.contains(name) || !Charset.isSupported(name)) {
        continue;
      }
      // ISO-8859-1 bytes 0x80-0x9F are C1 controls in theory and Windows-1252 punctuation in practice
      String used = name.equals("ISO-8859-1") ? "windows-1252" : name;
      repairs.add(new Repair("encoding",
          "not valid UTF-8; read as " + used + " (detected by ICU, confidence " + m.getConfidence() + ")"));
      return lenient(raw, offset, Charset.forName(used), repairs);
    }
    Decoded d = lenient(raw, offset, StandardCharsets.UTF_8, repairs);
    return d;
  }

  /** Decodes, replacing malformed input and recording how many replacements were made. */
  private static Decoded lenient(byte[] raw, int offset, Charset cs, List<Repair> repairs) {
    String text = new String(raw, offset, raw.length - offset, cs);
    long bad = text.chars().filter(c -> c == '\uFFFD').count();
    if (bad > 0) {
      repairs.add(new Repair("invalid-bytes", bad + " invalid " + cs.name() + " sequence(s) replaced by U+FFFD"));
    }
    return new Decoded(text, repairs, null);
  }

  /** UTF-16LE/BE when NULs sit almost only at odd (LE) or even (BE) positions, as in ASCII-range text. */
  private static Charset utf16WithoutMark(byte[] raw) {
    int n = Math.min(raw.length, SAMPLE) & ~1;
    if (n < 8) {
      return null;
    }
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < n; i += 2) {
      evenZero += raw[i] == 0 ? 1 : 0;
      oddZero += raw[i + 1] == 0 ? 1 : 0;
    }
    int pairs = n / 2;
    Charset cs = null;
    if (oddZero * 10 >= pairs * 3 && evenZero * 50 <= pairs) {
      cs = StandardCharsets.UTF_16LE;
    } else if (evenZero * 10 >= pairs * 3 && oddZero * 50 <= pairs) {
      cs = StandardCharsets.UTF_16BE;
    }
    if (cs == null) {
      return null;
    }
    try {
      CharBuffer chars = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(raw, 0, raw.length & ~1));
      return binaryReason(chars) == null ? cs : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Why the bytes look binary (NUL bytes, mostly control characters), or null for text. */
  static String binaryReason(byte[] raw) {
    int n = Math.min(raw.length, SAMPLE);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = raw[i] & 0xFF;
      if (b == 0) {
        return "binary file (contains NUL bytes), not text";
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
        controls++;
      }
    }
    return controls * 10 > n ? "binary file (mostly control characters), not text" : null;
  }

  private static String binaryReason(CharBuffer chars) {
    int controls = 0;
    int n = Math.min(chars.length(), SAMPLE);
    for (int i = 0; i < n; i++) {
      char c = chars.get(i);
      if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
        controls++;
      }
    }
    return controls * 10 > n ? "binary" : null;
  }

  private static boolean startsWith(byte[] raw, int... prefix) {
    if (raw.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((raw[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
