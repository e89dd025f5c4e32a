package crosscheck.ingest;

import java.nio.file.Path;

/**
 * How to read inputs.
 *
 * @param manifest an explicit manifest file, or null to look for one beside the articles
 * @param maxBytes files larger than this are refused with a problem
 * @param threads worker threads that read files and JSONL records, or 0 for the shared pool (as
 *     many as there are processors); the output does not depend on it
 */
public record IngestOptions(Path manifest, long maxBytes, int threads) {
  public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

  public IngestOptions {
    if (threads < 0) {
      throw new IllegalArgumentException("threads must not be negative, got " + threads);
    }
  }

  /** Reads with the shared pool. */
  public IngestOptions(Path manifest, long maxBytes) {
    this(manifest, maxBytes, 0);
  }

  public static IngestOptions defaults() {
    return new IngestOptions(null, DEFAULT_MAX_BYTES);
  }

  /** The same options reading with n worker threads. */
  public IngestOptions withThreads(int n) {
    return new IngestOptions(manifest, maxBytes, n);
  }
}
