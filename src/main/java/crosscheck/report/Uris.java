package crosscheck.report;

import java.net.URI;
import java.net.URISyntaxException;

/** Input paths as URI references for SARIF's artifactLocation. */
final class Uris {
  private Uris() {}

  /**
   * A relative path stays a relative reference ("corpus/a%20b.txt"); an absolute one becomes a
   * file: URI. Characters outside URI syntax, '%' and '#' (JSONL's "#line" suffix) are
   * percent-encoded; a first segment with a colon gets "./" so it cannot read as a scheme.
   */
  static String relative(String path) {
    String p = path.replace('\\', '/');
    boolean windowsDrive = p.length() > 2 && Character.isLetter(p.charAt(0)) && p.charAt(1) == ':' && p.charAt(2) == '/';
    try {
      if (p.startsWith("/") || windowsDrive) {
        return new URI("file", "", windowsDrive ? "/" + p : p, null).toASCIIString();
      }
      int slash = p.indexOf('/');
      String first = slash < 0 ? p : p.substring(0, slash);
      return new URI(null, null, first.contains(":") ? "./" + p : p, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("path " + path + " cannot be written as a URI", e);
    }
  }
}
