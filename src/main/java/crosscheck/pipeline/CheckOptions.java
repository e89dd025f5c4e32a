package crosscheck.pipeline;

import crosscheck.ingest.IngestOptions;
import crosscheck.verdict.FailOn;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code check} was asked to do.
 *
 * @param inputs files and folders
 * @param ingest how to read them
 * @param threads worker threads for the per-document stages (output does not depend on it)
 * @param failOn the threshold that sets exit code 1
 */
public record CheckOptions(List<Path> inputs, IngestOptions ingest, int threads, FailOn failOn) {
  public CheckOptions {
    inputs = List.copyOf(inputs);
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
  }
}
