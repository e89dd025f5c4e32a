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
 * @param baseline a baseline file ({@code --baseline}), or null
 * @param batch the folder or file of new documents ({@code --batch}), or null
 * @param since a git ref: documents changed since it are the new ones ({@code --since}), or null
 * @param cacheDir the claim cache folder, or null for no cache (the default for library callers;
 *     the command line caches by default, see {@link #defaultCacheDir})
 */
public record CheckOptions(
    List<Path> inputs,
    IngestOptions ingest,
    int threads,
    FailOn failOn,
    Path baseline,
    Path batch,
    String since,
    Path cacheDir) {
  public CheckOptions {
    inputs = List.copyOf(inputs);
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
    }
    if (batch != null && since != null) {
      throw new IllegalArgumentException("--batch and --since both name the new documents; give one");
    }
  }

  /** A plain run: no baseline, no batch, no cache. */
  public CheckOptions(List<Path> inputs, IngestOptions ingest, int threads, FailOn failOn) {
    this(inputs, ingest, threads, failOn, null, null, null, null);
  }

  public CheckOptions withBaseline(Path file) {
    return new CheckOptions(inputs, ingest, threads, failOn, file, batch, since, cacheDir);
  }

  public CheckOptions withBatch(Path newDocuments) {
    return new CheckOptions(inputs, ingest, threads, failOn, baseline, newDocuments, since, cacheDir);
  }

  public CheckOptions withSince(String gitRef) {
    return new CheckOptions(inputs, ingest, threads, failOn, baseline, batch, gitRef, cacheDir);
  }

  public CheckOptions withCache(Path dir) {
    return new CheckOptions(inputs, ingest, threads, failOn, baseline, batch, since, dir);
  }

  /**
   * {@code .crosscheck/cache} beside the corpus: in the folder that holds the first PATH
   * ({@code check news/} caches in {@code ./.crosscheck/cache}), so the cache is never inside the
   * folder being read.
   */
  public static Path defaultCacheDir(List<Path> inputs) {
    Path first = inputs.isEmpty() ? Path.of(".") : inputs.get(0);
    Path abs = first.toAbsolutePath().normalize();
    Path parent = abs.getParent() == null ? abs : abs.getParent();
    return parent.resolve(".crosscheck").resolve("cache");
  }
}
