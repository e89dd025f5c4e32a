package crosscheck.ingest;

/**
 * An article as its file gives it, before cleaning: the text and the file's own metadata (null
 * when the format has none).
 */
record Article(String text, String title, String source, String published, String url) {
  static Article plain(String text) {
    return new Article(text, null, null, null, null);
  }
}
