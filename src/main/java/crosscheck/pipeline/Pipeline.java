package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.claim.ClaimExtractor;
import crosscheck.ingest.Document;
import crosscheck.ingest.FileRead;
import crosscheck.ingest.IngestResult;
import crosscheck.ingest.Ingestor;
import crosscheck.ingest.Problem;
import crosscheck.match.FactKey;
import crosscheck.match.FactMatcher;
import crosscheck.report.Report;
import crosscheck.report.ReportBuilder;
import crosscheck.report.TextShape;
import crosscheck.report.Tool;
import crosscheck.ruleset.RuleException;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.Fact;
import crosscheck.verdict.Judge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Wires the stages: ingest -> claims (per document, in parallel, cached) -> match -> verdict ->
 * baseline -> batch selection -> report. Constructing it loads and validates every rule table, so
 * a bad rule file fails before any input is read, and the rules fingerprint covers them all.
 */
public final class Pipeline {
  private final RuleSet rules;
  private final ClaimExtractor claims;
  private final Function<Document, List<Claim>> extractor;
  private final FactMatcher matcher;
  private final Judge judge;
  private final FactStage facts;
  /** A test's stand-in for matching and judging, or null. */
  private final BiFunction<List<Document>, List<Claim>, List<Fact>> factStage;
  private final String rulesFingerprint;

  /** @throws RuleException when a rule file is invalid or a user rule file is used by no stage */
  public Pipeline(RuleSet rules) {
    this(rules, null, null);
  }

  /**
   * For tests and benchmarks: {@code extractor} stands in for the claim stage, {@code factStage}
   * for matching and judging, each when not null.
   */
  Pipeline(RuleSet rules, Function<Document, List<Claim>> extractor,
      BiFunction<List<Document>, List<Claim>, List<Fact>> factStage) {
    this.rules = rules;
    new Ingestor(rules, crosscheck.ingest.IngestOptions.defaults());
    this.claims = new ClaimExtractor(rules);
    this.extractor = extractor != null ? extractor : claims::extract;
    this.matcher = new FactMatcher(rules);
    this.judge = new Judge(rules);
    this.facts = new FactStage(matcher, judge);
    this.factStage = factStage;
    // every stage has loaded its tables now: the fingerprint covers all of them
    this.rulesFingerprint = rules.fingerprint();
    List<String> unused = rules.unusedUserFiles();
    if (!unused.isEmpty()) {
      throw new RuleException(
          String.valueOf(rules.userDir()), "rule files that no stage reads (misspelt name?): " + unused);
    }
  }

  public Report run(CheckOptions options) {
    return check(options).report();
  }

  /**
   * Runs a check. Everything that can make it a usage error (baseline, batch folder, git ref) is
   * resolved before any input is read.
   *
   * @throws IllegalArgumentException for a missing or malformed baseline, a missing batch folder,
   *     or a {@code --since} outside a git repository
   */
  public CheckResult check(CheckOptions options) {
    return check(options, Progress.NONE);
  }

  /** As {@link #check(CheckOptions)}, reporting the per-document work to {@code progress}. */
  public CheckResult check(CheckOptions options, Progress progress) {
    Baseline baseline = options.baseline() == null ? null : Baseline.read(options.baseline());
    BatchScope scope = scope(options);
    List<Path> inputs = scope == null ? options.inputs() : scope.inputs(options.inputs());
    ClaimCache cache = options.cacheDir() == null
        ? null : new ClaimCache(options.cacheDir(), rulesFingerprint, Tool.currentVersion());
    // the memo is named by the paths given, not by a batch folder added to them: a batch outside
    // the corpus has a new name every day, and the corpus's work would otherwise start afresh
    RunMemo memo = cache == null ? null : RunMemo.open(options.cacheDir(),
        cache.context() + "\n" + options.ingest().manifest() + "\n" + options.ingest().maxBytes(), options.inputs(),
        cache::note);
    IngestResult ingested = new Ingestor(rules, options.ingest().withThreads(options.threads()))
        .ingest(inputs, memo == null ? FileRead.Earlier.NONE : memo);
    // a claim cache that ended up inside the corpus is never taken for articles
    List<Document> documents =
        ingested.documents().stream().filter(d -> !CacheFiles.isCacheFile(d.path())).toList();
    List<Problem> problems =
        ingested.problems().stream().filter(p -> !CacheFiles.isCacheFile(p.path())).toList();
    progress.begin("claims", documents.size());
    List<RunMemo.DocumentMemo> work = extract(documents, options.threads(), cache, memo, progress);
    progress.end();
    if (cache != null) {
      cache.pruneStale();
    }
    if (cache != null && !rules.fingerprint().equals(rulesFingerprint)) {
      cache.note("cache: a stage loaded rule tables after the pipeline was built, so cache keys do not cover them;"
          + " use --no-cache after changing those rules");
    }
    List<Claim> allClaims = new ArrayList<>();
    List<FactKey> allKeys = new ArrayList<>();
    for (RunMemo.DocumentMemo w : work) {
      allClaims.addAll(w.claims());
      allKeys.addAll(w.factKeys());
    }
    List<Fact> judgedFacts;
    RunMemo.Reuse reuse = null;
    Runnable save = () -> { };
    if (factStage != null) {
      judgedFacts = factStage.apply(documents, allClaims);
    } else {
      Judged j = judge(documents, work, allClaims, allKeys, ingested, memo, options.threads());
      FactStage.Result r = j.result();
      if (j.toStore()) {
        save = () -> store(memo, ingested, work, r);
      }
      judgedFacts = r.facts();
      reuse = memo == null ? null
          : new RunMemo.Reuse(ingested.reused(), ingested.reads().size(), r.reused(), r.partitions());
    }
    // the report is built while this thread stores the memo (whose encoding takes the pool once
    // the report is done): neither reads what the other makes
    List<Document> corpus = documents;
    List<Claim> claims = allClaims;
    Supplier<Finished> finishing =
        () -> finish(options, baseline, scope, corpus, work, claims, judgedFacts, problems);
    CompletableFuture<Finished> finished = options.threads() > 1
        ? CompletableFuture.supplyAsync(finishing)
        : CompletableFuture.completedFuture(finishing.get());
    save.run();
    Finished done = join(finished);
    return new CheckResult(done.report(), cache == null ? null : cache.stats(), done.batch(), reuse);
  }

  /** The report, and what a batch selection kept. */
  private record Finished(Report report, CheckResult.Batch batch) {}

  /** Baseline, batch selection and the report, from the judged facts. */
  private Finished finish(CheckOptions options, Baseline baseline, BatchScope scope, List<Document> documents,
      List<RunMemo.DocumentMemo> work, List<Claim> allClaims, List<Fact> facts, List<Problem> problems) {
    if (baseline != null) {
      facts = baseline.apply(facts);
    }
    CheckResult.Batch batch = null;
    if (scope != null) {
      BatchScope.Selection s = scope.select(documents, allClaims, facts);
      batch = new CheckResult.Batch(scope.description(), s.newDocuments(), s.corpusDocuments(),
          s.facts().size(), s.corpusFacts());
      documents = s.documents();
      allClaims = s.claims();
      facts = s.facts();
    }
    Tool tool = new Tool("crosscheck", Tool.currentVersion(), rules.fileHashes());
    Map<Document, TextShape> shapes = new IdentityHashMap<>();
    work.forEach(w -> shapes.put(w.document(), w.shape()));
    Report report = ReportBuilder.build(tool, documents, shapes::get, allClaims, facts, problems, options.failOn());
    return new Finished(report, batch);
  }

  /**
   * Matching and verdicts: every fact from the memo when no input changed; else partition by
   * partition, reusing the memo's facts where a partition's fingerprint is unchanged (only with a
   * cache: the fingerprints need the documents' cache keys).
   */
  private Judged judge(List<Document> documents, List<RunMemo.DocumentMemo> work, List<Claim> claims,
      List<FactKey> factKeys, IngestResult ingested, RunMemo memo, int threads) {
    Map<String, List<Fact>> unchanged = memo == null ? null : memo.unchanged(ingested.reads());
    if (unchanged != null) {
      // same bytes but new stamps (a fresh checkout): the stamps are stored
      return new Judged(FactStage.reuse(unchanged), !memo.sameStamps(ingested.reads()));
    }
    Map<String, String> keys = null;
    if (memo != null) {
      keys = new HashMap<>();
      for (RunMemo.DocumentMemo w : work) {
        // one text at several paths is one id: each copy's key counts (their metadata may differ)
        keys.merge(w.document().id(), w.key(), (a, b) -> a + " " + b);
      }
    }
    FactStage.Result r = facts.run(documents, work.stream().map(RunMemo.DocumentMemo::signature).toList(),
        keys, claims, factKeys, memo == null ? fp -> null : memo::facts, threads);
    return new Judged(r, memo != null);
  }

  /** The value of a step run on another thread; its failure is rethrown as it was. */
  private static <T> T join(CompletableFuture<T> step) {
    try {
      return step.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  /** The facts, and whether the run memo is to be updated with them. */
  private record Judged(FactStage.Result result, boolean toStore) {}

  private static void store(RunMemo memo, IngestResult ingested, List<RunMemo.DocumentMemo> work, FactStage.Result r) {
    Map<Document, RunMemo.DocumentMemo> byDocument = new IdentityHashMap<>();
    work.forEach(w -> byDocument.put(w.document(), w));
    memo.save(ingested.reads(), byDocument, r.judged());
  }

  private static BatchScope scope(CheckOptions options) {
    if (options.batch() != null) {
      return BatchScope.batch(options.batch());
    }
    if (options.since() != null) {
      return BatchScope.since(options.inputs().isEmpty() ? Path.of(".") : options.inputs().get(0), options.since());
    }
    return null;
  }

  /** Claims of every document, in document order whatever the thread count. */
  public List<Claim> extractAll(List<Document> documents, int threads) {
    List<Claim> out = new ArrayList<>();
    extract(documents, threads, null, null, Progress.NONE).forEach(w -> out.addAll(w.claims()));
    return out;
  }

  /**
   * Each document's claims and text signature, in document order whatever the thread count:
   * stored by the last run (same file object, or same cache key), else from the claim cache or
   * the extractor. The signature is made here, in the workers, so matching need not.
   */
  private List<RunMemo.DocumentMemo> extract(
      List<Document> documents, int threads, ClaimCache cache, RunMemo memo, Progress progress) {
    // a document the memo holds is a map lookup: taken here, so that only the others go to the workers
    RunMemo.DocumentMemo[] out = new RunMemo.DocumentMemo[documents.size()];
    List<Integer> todo = new ArrayList<>();
    for (int i = 0; i < out.length; i++) {
      out[i] = memo == null ? null : memo.of(documents.get(i));
      if (out[i] == null) {
        todo.add(i);
      } else {
        cache.hit();
        progress.step();
      }
    }
    Function<Integer, RunMemo.DocumentMemo> perDocument =
        i -> {
          RunMemo.DocumentMemo w = work(documents.get(i), cache, memo);
          progress.step();
          return w;
        };
    List<RunMemo.DocumentMemo> made = Parallel.map(todo, threads, "claim extraction", perDocument);
    for (int k = 0; k < todo.size(); k++) {
      out[todo.get(k)] = made.get(k);
    }
    return java.util.Arrays.asList(out);
  }

  /** A document the memo does not hold as read: claims from the memo by cache key, the claim cache or the extractor. */
  private RunMemo.DocumentMemo work(Document d, ClaimCache cache, RunMemo memo) {
    if (cache == null) {
      return fresh(null, d, extractor.apply(d));
    }
    String key = cache.key(d);
    RunMemo.DocumentMemo same = memo == null ? null : memo.byKey(key);
    if (same != null) {
      cache.hit();
      return new RunMemo.DocumentMemo(key, d, same.shape(), same.claims(), same.signature(), same.factKeys());
    }
    return fresh(key, d, cache.claims(d, key, extractor));
  }

  /** A document's work with what later stages need of its text, made here on the worker threads. */
  private RunMemo.DocumentMemo fresh(String key, Document d, List<Claim> claims) {
    return new RunMemo.DocumentMemo(key, d, TextShape.of(d.text()), claims, FactMatcher.signature(d), matcher.keys(claims));
  }

  public ClaimExtractor claimExtractor() {
    return claims;
  }
}
