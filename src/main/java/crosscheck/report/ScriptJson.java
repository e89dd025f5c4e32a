package crosscheck.report;

/**
 * JSON made safe to sit inside {@code <script type="application/json">}: '<', '>', '&' and the
 * JavaScript line separators U+2028/2029 become \\u escapes. They can only occur inside JSON
 * strings, where the escape means the same character, so JSON.parse gives back the same data,
 * while no "</script>" or "<!--" can end or confuse the element.
 */
final class ScriptJson {
  private ScriptJson() {}

  static String escape(String json) {
    StringBuilder b = new StringBuilder(json.length() + 64);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> b.append("\\u003c");
        case '>' -> b.append("\\u003e");
        case '&' -> b.append("\\u0026");
        case '\u2028' -> b.append("\\u2028");
        case '\u2029' -> b.append("\\u2029");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
