package crosscheck.cli;

import crosscheck.pipeline.CheckOptions;
import crosscheck.pipeline.CheckResult;
import crosscheck.report.Report;
import crosscheck.verdict.Fact;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code check}'s options for CI: a baseline, the new batch, and the claim cache. */
public final class CiOptions {
  @Option(names = "--baseline", paramLabel = "FILE",
      description = "Findings frozen by 'crosscheck baseline' (same fact id and verdict) are marked baselined and do not fail the run.")
  Path baseline;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  NewDocuments newDocuments;

  /** --batch or --since: which documents are new. */
  static final class NewDocuments {
    @Option(names = "--batch", paramLabel = "DIR",
        description = "New documents (read with the corpus if outside it). The whole corpus is judged; only facts the new documents touch are reported and can fail the run.")
    Path batch;

    @Option(names = "--since", paramLabel = "REF",
        description = "Like --batch, the new documents being the files changed since git REF (git diff --name-only REF, plus untracked files) in the first PATH's repository.")
    String since;
  }

  @Option(names = "--cache", paramLabel = "DIR",
      description = "Claim cache folder (default: .crosscheck/cache beside the first PATH).")
  Path cache;

  @Option(names = "--no-cache", description = "Neither read nor write the claim cache.")
  boolean noCache;

  CheckOptions apply(CheckOptions options) {
    if (noCache && cache != null) {
      throw new IllegalArgumentException("--cache and --no-cache contradict each other; give one");
    }
    CheckOptions o = options.withBaseline(baseline)
        .withCache(noCache ? null : cache != null ? cache : CheckOptions.defaultCacheDir(options.inputs()));
    if (newDocuments != null) {
      o = newDocuments.batch != null ? o.withBatch(newDocuments.batch) : o.withSince(newDocuments.since);
    }
    return o;
  }

  /** Batch and baseline lines on {@code out}; cache problems always on {@code err}. */
  void printNotes(CheckResult result, boolean quiet, PrintWriter out, PrintWriter err) {
    if (result.cache() != null) {
      result.cache().notes().stream().sorted().forEach(n -> err.println("warning: " + n));
    }
    ExitCode code = CheckCommand.exitCode(result.report());
    if (code != ExitCode.OK) {
      String what = code == ExitCode.FINDINGS
          ? result.report().summary().failing() + " new finding(s) at or above --fail-on " + result.report().summary().failOn()
              + (result.batch() != null ? " touched by the new documents" : "")
          : code.meaning();
      err.println("FAIL (exit " + code.code() + "): " + what);
    }
    if (quiet) {
      err.flush();
      return;
    }
    CheckResult.Batch b = result.batch();
    if (b != null) {
      out.printf("batch (%s): %d new of %d documents touch %d of %d facts; only those are reported and can fail%n",
          b.scope(), b.newDocuments(), b.corpusDocuments(), b.touchedFacts(), b.corpusFacts());
    }
    if (baseline != null) {
      Report r = result.report();
      long baselined = r.facts().stream().filter(Fact::baselined).count();
      out.printf("baseline %s: %d finding(s) baselined, %d new at or above --fail-on %s%n",
          baseline, baselined, r.summary().failing(), r.summary().failOn());
    }
    if (result.cache() != null) {
      out.printf("cache: %d document(s) from cache, %d extracted%s%n", result.cache().hits(), result.cache().misses(),
          result.cache().rebuilt() > 0 ? ", " + result.cache().rebuilt() + " corrupt entr(ies) rebuilt" : "");
    }
    if (result.reuse() != null) {
      out.printf("cache: %d of %d file(s) unchanged and not read again; facts of %d of %d claim partition(s) reused%n",
          result.reuse().filesReused(), result.reuse().files(), result.reuse().partitionsReused(),
          result.reuse().partitions());
    }
    out.flush();
    err.flush();
  }
}
