package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.claim.ClaimExtractor;
import crosscheck.ingest.Document;
import crosscheck.ingest.IngestResult;
import crosscheck.ingest.Ingestor;
import crosscheck.ingest.Problem;
import crosscheck.match.FactGroup;
import crosscheck.match.FactMatcher;
import crosscheck.report.Report;
import crosscheck.report.ReportBuilder;
import crosscheck.report.Tool;
import crosscheck.ruleset.RuleException;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.Fact;
import crosscheck.verdict.Judge;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

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
    this.factStage = factStage != null ? factStage : this::judgeAll;
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
    IngestResult ingested = new Ingestor(rules, options.ingest().withThreads(options.threads())).ingest(inputs);
    ClaimCache cache = options.cacheDir() == null
        ? null : new ClaimCache(options.cacheDir(), rulesFingerprint, Tool.currentVersion());
    // a claim cache that ended up inside the corpus is never taken for articles
    List<Document> documents =
        ingested.documents().stream().filter(d -> !CacheFiles.isCacheFile(d.path())).toList();
    List<Problem> problems =
        ingested.problems().stream().filter(p -> !CacheFiles.isCacheFile(p.path())).toList();
    progress.begin("claims", documents.size());
    List<Claim> allClaims = extract(documents, options.threads(), cache, progress);
    progress.end();
    if (cache != null && !rules.fingerprint().equals(rulesFingerprint)) {
      cache.note("cache: a stage loaded rule tables after the pipeline was built, so cache keys do not cover them;"
          + " use --no-cache after changing those rules");
    }
    List<Fact> facts = factStage.apply(documents, allClaims);
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
    Report report = ReportBuilder.build(tool, documents, allClaims, facts, problems, options.failOn());
    return new CheckResult(report, cache == null ? null : cache.stats(), batch);
  }

  private List<Fact> judgeAll(List<Document> documents, List<Claim> claims) {
    List<FactGroup> groups = matcher.match(documents, claims);
    return judge.judge(documents, groups);
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
    return extract(documents, threads, null, Progress.NONE);
  }

  private List<Claim> extract(
      List<Document> documents, int threads, ClaimCache cache, Progress progress) {
    Function<Document, List<Claim>> cached =
        cache == null ? extractor : d -> cache.claims(d, extractor);
    Function<Document, List<Claim>> perDocument =
        d -> {
          List<Claim> c = cached.apply(d);
          progress.step();
          return c;
        };
    if (threads == 1 || documents.size() < 2) {
      List<Claim> out = new ArrayList<>();
      documents.forEach(d -> out.addAll(perDocument.apply(d)));
      return out;
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<List<Claim>>> futures = new ArrayList<>();
      for (Document d : documents) {
        futures.add(pool.submit(() -> perDocument.apply(d)));
      }
      List<Claim> out = new ArrayList<>();
      for (Future<List<Claim>> f : futures) {
        out.addAll(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("claim extraction failed: " + e.getCause(), e.getCause());
    }
  }

  public ClaimExtractor claimExtractor() {
    return claims;
  }
}
