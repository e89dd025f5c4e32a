package crosscheck.ingest;

import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.BiFunction;
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
    List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    Sources sources = Sources.open(options.manifest(), problems);
    ArticleFiles reader = new ArticleFiles(cleaner, options.maxBytes(), sources);
    AtomicInteger reused = new AtomicInteger();
    BiFunction<Path, FileStamp, FileRead> readOne = (f, listed) -> {
      // the stamp is taken before reading (by the listing, or here): a change while reading shows
      // as a changed stamp next time
      FileStamp stamp = listed != null ? listed : FileStamp.of(f);
      String fingerprint = sources.fingerprint(f);
      // a file with a stamp from the listing was looked up before it was handed here
      FileRead had = listed != null || stamp == null ? null : earlier.find(f.toString(), stamp, fingerprint);
      if (had != null) {
        reused.incrementAndGet();
        return had;
      }
      java.util.function.Function<String, ArticleFiles.Read> sameBytes = earlier == FileRead.Earlier.NONE ? null
          : content -> {
            FileRead same = earlier.sameBytes(f.toString(), content, fingerprint);
            return same == null ? null : new ArticleFiles.Read(same.documents(), same.problems());
          };
      ArticleFiles.Read r = reader.read(f, stamp, sameBytes);
      return new FileRead(f.toString(), stamp, fingerprint, r.documents(), r.problems(), r.content());
    };
    ForkJoinPool pool = options.threads() == 0 ? ForkJoinPool.commonPool() : new ForkJoinPool(options.threads());
    try {
      Map<Path, FileStamp> stamps = new HashMap<>();
      InputFiles.Listing listing = InputFiles.list(inputs, stamps::put);
      problems.addAll(listing.problems());
      // files unchanged since the earlier run are taken here, on this thread, and only the others
      // go to the pool: a task per file cost more than the look-up, and tasks that waited for the
      // earlier run's memo to load made the pool start threads to make up for them
      FileRead[] taken = new FileRead[listing.files().size()];
      List<ForkJoinTask<FileRead>> started = new ArrayList<>(Collections.nCopies(taken.length, null));
      for (int i = 0; i < taken.length; i++) {
        Path f = listing.files().get(i);
        FileStamp stamp = stamps.get(f);
        taken[i] = stamp == null ? null : earlier.find(f.toString(), stamp, sources.fingerprint(f));
        if (taken[i] != null) {
          reused.incrementAndGet();
        } else {
          started.set(i, pool.submit(() -> readOne.apply(f, stamp)));
        }
      }
      List<FileRead> reads = new ArrayList<>(taken.length);
      for (int i = 0; i < taken.length; i++) {
        reads.add(taken[i] != null ? taken[i] : started.get(i).join());
      }
      List<Document> docs = new ArrayList<>();
      List<Problem> all = new ArrayList<>(problems);
      for (FileRead r : reads) {
        docs.addAll(r.documents());
        all.addAll(r.problems());
      }
      // problems in path order (then line), wherever they were found: listing, manifests, reading
      all.sort(Comparator.comparing(Problem::path)
          .thenComparing(Problem::line, Comparator.nullsFirst(Comparator.naturalOrder())));
      return new IngestResult(docs, all, reads, reused.get());
    } finally {
      if (pool != ForkJoinPool.commonPool()) {
        pool.shutdown();
      }
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
