package crosscheck.ingest;

/**
 * Something ingest mended in the text.
 *
 * @param kind e.g. "mojibake", "encoding", "invalid-bytes", "bom"
 * @param detail e.g. "UTF-8 read as GBK: 37 sequences repaired"
 */
public record Repair(String kind, String detail) {}
