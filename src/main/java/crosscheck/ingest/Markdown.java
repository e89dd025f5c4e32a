package crosscheck.ingest;

/** A Markdown article: the first top-level heading is the title; heading marks are dropped. */
final class Markdown {
  private Markdown() {}

  static Article article(String md) {
    StringBuilder out = new StringBuilder(md.length());
    String title = null;
    for (String line : md.split("\n", -1)) {
      String l = line;
      if (l.startsWith("#")) {
        int level = 0;
        while (level < l.length() && l.charAt(level) == '#') {
          level++;
        }
        if (level <= 6 && (level == l.length() || l.charAt(level) == ' ')) {
          l = l.substring(level).strip();
          if (level == 1 && title == null) {
            title = l;
          }
        }
      }
      out.append(l).append('\n');
    }
    return new Article(out.toString(), title, null, null, null);
  }
}
