package crosscheck.ingest;

import java.util.List;

/**
 * One article after ingest: cleaned text plus metadata. Offsets of every later stage refer to
 * {@link #text()}.
 *
 * @param id stable id: the first 16 hex chars of sha256 over the raw bytes (plus the JSONL line
 *     number for JSONL inputs)
 * @param path the input path as given, with "#line" appended for JSONL records
 * @param source the outlet
 * @param title the headline
 * @param published the publication date, ISO (yyyy, yyyy-MM or yyyy-MM-dd)
 * @param url the article's URL
 * @param language ISO 639-1 code, "en" when unknown
 * @param text the cleaned text; null in a document taken from the run memo, which keeps only what
 *     the stages after the claims need (they read claims, metadata and the text's shape, never the
 *     text)
 * @param sha256 sha256 of the raw bytes
 * @param repairs what ingest mended
 * @param removed the boilerplate it dropped
 */
public record Document(
    String id,
    String path,
    Field source,
    Field title,
    Field published,
    Field url,
    String language,
    String text,
    String sha256,
    List<Repair> repairs,
    List<Removed> removed) {
  public Document {
    repairs = List.copyOf(repairs);
    removed = List.copyOf(removed);
  }

  /** This document without its text: what the run memo stores once the claims are made. */
  public Document withoutText() {
    return new Document(id, path, source, title, published, url, language, null, sha256, repairs, removed);
  }
}
