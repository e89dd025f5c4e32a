package crosscheck.cli;

import crosscheck.ingest.IngestOptions;
import crosscheck.pipeline.CheckOptions;
import crosscheck.pipeline.CheckResult;
import crosscheck.pipeline.Pipeline;
import crosscheck.report.Decisions;
import crosscheck.report.HtmlReport;
import crosscheck.report.MarkdownSummary;
import crosscheck.report.Report;
import crosscheck.report.ReportFormat;
import crosscheck.report.ReportJson;
import crosscheck.report.SarifReport;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.FailOn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck check}: fact-check a corpus and write the reports. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Fact-check the articles under PATH... and write the reports.")
public final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders (read recursively).")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports", description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", split = ",", paramLabel = "FMT", defaultValue = "json,html,md,sarif",
      description = "Report formats, comma-separated (default: ${DEFAULT-VALUE}).")
  List<String> formats;

  @Mixin RulesOption rules;

  @Option(names = "--manifest", paramLabel = "FILE", description = "Manifest mapping files to outlet, date, url, title (JSON, JSONL or CSV).")
  Path manifest;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "conflict",
      description = "none, conflict, disputed or single-source (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors). Output does not depend on it.")
  Integer threads;

  @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "20971520",
      description = "Files larger than this are refused with a problem (default: ${DEFAULT-VALUE}).")
  long maxFileSize;

  @Option(names = "--no-progress", description = "Never show the progress bar (it is shown on stderr only when the output is a terminal).")
  boolean noProgress;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  // --- CI: baseline, new batch, claim cache (see CiOptions) ---
  @Mixin CiOptions ci;

  @Option(names = "--decisions", paramLabel = "FILE",
      description = "Reviewer decisions exported from report.html; every decided finding is shown as reviewed and no longer fails the run.")
  Path decisions;

  @Override
  public Integer call() throws IOException {
    FailOn threshold = FailOn.of(failOn);
    Map<String, ReportFormat> writers = selectFormats();
    if (maxFileSize < 1) {
      throw new IllegalArgumentException("--max-file-size must be positive");
    }
    if (manifest != null && !Files.isRegularFile(manifest)) {
      throw new IllegalArgumentException("--manifest " + manifest + ": no such file");
    }
    Decisions reviewed = decisions == null ? null : Decisions.read(decisions);
    RuleSet ruleSet = rules.load();
    Pipeline pipeline = new Pipeline(ruleSet);
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    CheckOptions options = ci.apply(new CheckOptions(paths, new IngestOptions(manifest, maxFileSize), n, threshold));
    CheckResult result = pipeline.check(options, TerminalProgress.forTerminal(!noProgress && !quiet));
    Report report = result.report();
    if (reviewed != null) {
      // after the baseline (applied inside check): Decisions recounts the failing findings
      report = reviewed.applyTo(report);
    }
    for (ReportFormat w : writers.values()) {
      w.writeTo(report, out);
    }
    if (!quiet) {
      ConsoleSummary.print(report, out, spec.commandLine().getOut());
    }
    ci.printNotes(result, quiet, spec.commandLine().getOut(), spec.commandLine().getErr());
    return exitCode(report).code();
  }

  static ExitCode exitCode(Report report) {
    boolean unreadable = report.problems().stream().anyMatch(p -> p.severity() == crosscheck.ingest.Problem.Severity.error);
    if (unreadable) {
      return ExitCode.INPUT;
    }
    return report.summary().failing() > 0 ? ExitCode.FINDINGS : ExitCode.OK;
  }

  private Map<String, ReportFormat> selectFormats() {
    Map<String, ReportFormat> known = new LinkedHashMap<>();
    for (ReportFormat f : ReportFormats.all()) {
      known.put(f.id(), f);
    }
    Map<String, ReportFormat> chosen = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (String id : formats) {
      String key = id.strip();
      if (known.containsKey(key)) {
        chosen.put(key, known.get(key));
      } else {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty() || chosen.isEmpty()) {
      throw new IllegalArgumentException("unknown --format " + unknown + "; use " + String.join(",", known.keySet()));
    }
    return chosen;
  }

  /** The formats this build can write. */
  static final class ReportFormats {
    private ReportFormats() {}

    static List<ReportFormat> all() {
      return List.of(new ReportJson(), new HtmlReport(), new MarkdownSummary(), new SarifReport());
    }
  }
}
