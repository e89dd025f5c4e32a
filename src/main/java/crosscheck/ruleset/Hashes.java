package crosscheck.ruleset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable content hashes for ids, fingerprints and cache keys; lives here because every stage uses it. */
public final class Hashes {
  private Hashes() {}

  /** Lower-case hex sha256 of the bytes. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(SHA256.get().digest(bytes));
  }

  /** One digest per thread: looking the algorithm up for every document cost about 1% of ingest. */
  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  });

  /** Lower-case hex sha256 of the UTF-8 text. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The raw sha256 of the UTF-8 text. */
  public static byte[] sha256Bytes(String text) {
    return SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The first {@code hexChars} of the text's sha256: short ids that stay stable across runs. */
  public static String shortId(String text, int hexChars) {
    return sha256(text).substring(0, hexChars);
  }
}
