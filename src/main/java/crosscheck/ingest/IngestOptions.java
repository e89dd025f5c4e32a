package crosscheck.ingest;

import java.nio.file.Path;

/**
 * How to read inputs.
 *
 * @param manifest an explicit manifest file, or null to look for one beside the articles
 * @param maxBytes files larger than this are refused with a problem
 */
public record IngestOptions(Path manifest, long maxBytes) {
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public static IngestOptions defaults() {
    return new IngestOptions(null, DEFAULT_MAX_BYTES);
  }
}
