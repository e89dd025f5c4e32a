package crosscheck.ingest;

/**
 * A metadata value with where it came from.
 *
 * @param value the value, or null when unknown
 * @param origin "file" (the article's own metadata), "manifest", "text" (found in the text, e.g. a
 *     "(c) 2025" footer or a dateline), "path" (file name), or null when unknown
 */
public record Field(String value, String origin) {
  public static final Field UNKNOWN = new Field(null, null);

  public static Field of(String value, String origin) {
    return value == null || value.isBlank() ? UNKNOWN : new Field(value.strip(), origin);
  }

  public boolean known() {
    return value != null;
  }
}
