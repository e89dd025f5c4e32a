package crosscheck.pipeline;

import crosscheck.report.Report;

/**
 * A check run: the report, and what the console should say about how it was made.
 *
 * @param report the report to write
 * @param cache the claim cache's counts, or null when the run was not cached
 * @param batch what a {@code --batch}/{@code --since} run kept, or null for a whole-corpus run
 * @param reuse what a cached run took from the last run, or null when not cached
 */
public record CheckResult(Report report, ClaimCache.Stats cache, Batch batch, RunMemo.Reuse reuse) {
  public CheckResult(Report report, ClaimCache.Stats cache, Batch batch) {
    this(report, cache, batch, null);
  }

  /**
   * @param scope "--batch DIR" or "--since REF"
   * @param newDocuments documents of the corpus that are new
   * @param corpusDocuments documents judged
   * @param touchedFacts facts with a claim from a new document: the only ones reported
   * @param corpusFacts facts judged
   */
  public record Batch(String scope, int newDocuments, int corpusDocuments, int touchedFacts, int corpusFacts) {}
}
