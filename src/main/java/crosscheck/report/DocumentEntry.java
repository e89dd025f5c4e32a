package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import crosscheck.ingest.Removed;
import crosscheck.ingest.Repair;
import java.util.List;

/**
 * A document as the report shows it: metadata with provenance, no full text.
 *
 * @param origins where each metadata field came from ("manifest", "file", "text", "path")
 * @param lineStarts offsets in the cleaned text at which lines 2, 3, ... begin (after each LF,
 *     lone CR or CRLF): with it SARIF and other consumers turn claim offsets into line and column
 *     without the text; empty for a one-line document, null in reports written before it existed
 */
@JsonPropertyOrder({
  "id", "path", "source", "title", "published", "url", "language", "sha256", "chars", "origins",
  "repairs", "removed", "lineStarts"
})
public record DocumentEntry(
    String id,
    String path,
    String source,
    String title,
    String published,
    String url,
    String language,
    String sha256,
    int chars,
    Origins origins,
    List<Repair> repairs,
    List<Removed> removed,
    List<Integer> lineStarts) {

  /** Where source, title, published and url came from. */
  public record Origins(String source, String title, String published, String url) {}

  public static DocumentEntry of(Document d) {
    return of(d, TextShape.of(d.text()));
  }

  /** The entry of a document whose text's shape is known (its text may then be absent). */
  public static DocumentEntry of(Document d, TextShape shape) {
    return new DocumentEntry(
        d.id(),
        d.path(),
        d.source().value(),
        d.title().value(),
        d.published().value(),
        d.url().value(),
        d.language(),
        d.sha256(),
        shape.chars(),
        new Origins(origin(d.source()), origin(d.title()), origin(d.published()), origin(d.url())),
        d.repairs(),
        d.removed(),
        shape.lineStarts());
  }

  private static String origin(Field f) {
    return f.origin();
  }
}
