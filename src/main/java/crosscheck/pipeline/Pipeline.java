package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.claim.ClaimExtractor;
import crosscheck.ingest.Document;
import crosscheck.ingest.IngestResult;
import crosscheck.ingest.Ingestor;
import crosscheck.match.FactGroup;
import crosscheck.match.FactMatcher;
import crosscheck.report.Report;
import crosscheck.report.ReportBuilder;
import crosscheck.report.Tool;
import crosscheck.ruleset.RuleException;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.Fact;
import crosscheck.verdict.Judge;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Wires the stages: ingest -> claims (per document, in parallel) -> match -> verdict -> report.
 * Constructing it loads and validates every rule table, so a bad rule file fails before any input
 * is read.
 */
public final class Pipeline {
  private final RuleSet rules;
  private final ClaimExtractor claims;
  private final FactMatcher matcher;
  private final Judge judge;

  /** @throws RuleException when a rule file is invalid or a user rule file is used by no stage */
  public Pipeline(RuleSet rules) {
    this.rules = rules;
    new Ingestor(rules, crosscheck.ingest.IngestOptions.defaults());
    this.claims = new ClaimExtractor(rules);
    this.matcher = new FactMatcher(rules);
    this.judge = new Judge(rules);
    List<String> unused = rules.unusedUserFiles();
    if (!unused.isEmpty()) {
      throw new RuleException(
          String.valueOf(rules.userDir()), "rule files that no stage reads (misspelt name?): " + unused);
    }
  }

  public Report run(CheckOptions options) {
    IngestResult ingested = new Ingestor(rules, options.ingest()).ingest(options.inputs());
    List<Document> documents = ingested.documents();
    List<Claim> allClaims = extractAll(documents, options.threads());
    List<FactGroup> groups = matcher.match(documents, allClaims);
    List<Fact> facts = judge.judge(documents, groups);
    Tool tool = new Tool("crosscheck", Tool.currentVersion(), rules.fileHashes());
    return ReportBuilder.build(
        tool, documents, allClaims, facts, ingested.problems(), options.failOn());
  }

  /** Claims of every document, in document order whatever the thread count. */
  public List<Claim> extractAll(List<Document> documents, int threads) {
    if (threads == 1 || documents.size() < 2) {
      List<Claim> out = new ArrayList<>();
      documents.forEach(d -> out.addAll(claims.extract(d)));
      return out;
    }
    try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
      List<Future<List<Claim>>> futures = new ArrayList<>();
      for (Document d : documents) {
        futures.add(pool.submit(() -> claims.extract(d)));
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
