package crosscheck.ingest;

import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files and folders to clean documents: decoding, mojibake repair, normalisation, boilerplate
 * removal and metadata from manifests, the files and the text. Files are read in parallel; the
 * result is in input order (folders in sorted path order) whatever the thread count.
 */
public final class Ingestor {
  private final IngestOptions options;
  private final ArticleCleaner cleaner;

  /** @throws crosscheck.ruleset.RuleException when rules/boilerplate.yaml is invalid */
  public Ingestor(RuleSet rules, IngestOptions options) {
    this.options = options;
    this.cleaner = new ArticleCleaner(
        new Boilerplate(rules.table("boilerplate", BoilerplateRule.class).rules()));
  }

  public IngestResult ingest(List<Path> inputs) {
    return ingest(inputs, FileRead.Earlier.NONE);
  }

  /**
   * As {@link #ingest(List)}, taking the earlier read of each file whose stamp (size and
   * modification time) and metadata sources are unchanged instead of reading it again.
   */
  public IngestResult ingest(List<Path> inputs, FileRead.Earlier earlier) {
    InputFiles.Listing listing = InputFiles.list(inputs);
    List<Problem> problems = new ArrayList<>(listing.problems());
    Sources sources = Sources.load(options.manifest(), listing.files(), problems);
    ArticleFiles reader = new ArticleFiles(cleaner, options.maxBytes(), sources);
    // parallelStream().toList() keeps encounter order, so the output does not depend on threads
    AtomicInteger reused = new AtomicInteger();
    List<FileRead> reads = inPool(() -> listing.files().parallelStream().map(f -> {
      // the stamp is taken before reading: a change while reading shows as a changed stamp next time
      FileStamp stamp = FileStamp.of(f);
      String fingerprint = sources.fingerprint(f);
      FileRead had = stamp == null ? null : earlier.find(f.toString(), stamp, fingerprint);
      if (had != null) {
        reused.incrementAndGet();
        return had;
      }
      ArticleFiles.Read r = reader.read(f);
      return new FileRead(f.toString(), stamp, fingerprint, r.documents(), r.problems());
    }).toList());
    List<Document> docs = new ArrayList<>();
    for (FileRead r : reads) {
      docs.addAll(r.documents());
      problems.addAll(r.problems());
    }
    // problems in path order (then line), wherever they were found: listing, manifests, reading
    problems.sort(Comparator.comparing(Problem::path)
        .thenComparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
    return new IngestResult(docs, problems, reads, reused.get());
  }

  /**
   * Runs the task (and the parallel streams inside it, JSONL records included) in a pool of the
   * requested size, so that {@code --threads} bounds ingest too; in the shared pool without one.
   */
  private <T> T inPool(Callable<T> task) {
    if (options.threads() == 0) {
      return call(task);
    }
    ForkJoinPool pool = new ForkJoinPool(options.threads());
    try {
      return pool.submit(task).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading inputs", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdown();
    }
  }

  private static <T> T call(Callable<T> task) {
    try {
      return task.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A document from text already in memory (standard input, one line of {@code extract --lines}),
   * cleaned like a file's text.
   *
   * @param id the document id to use (e.g. the line number)
   * @param path what to show as its path ("-" for standard input)
   */
  public Document fromText(String id, String path, String text) {
    ArticleCleaner.Cleaned c = cleaner.clean(text, List.of());
    return new Document(id, path, Field.of(c.found().source(), "text"), Field.UNKNOWN,
        Field.of(Dates.normalise(c.found().published()), "text"), Field.UNKNOWN, c.language(), c.text(),
        Hashes.sha256(text), c.repairs(), c.removed());
  }
}
