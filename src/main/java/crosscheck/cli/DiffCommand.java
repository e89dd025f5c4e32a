package crosscheck.cli;

import crosscheck.pipeline.DiffFormat;
import crosscheck.pipeline.ReportDiff;
import crosscheck.report.AtomicFiles;
import crosscheck.report.Report;
import crosscheck.verdict.FailOn;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck diff}: what changed between two reports. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "List the facts that are new, changed (verdict or sources) or resolved between two report.json files.")
public final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "The earlier report.json.")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "The later report.json.")
  Path after;

  @Option(names = "--format", paramLabel = "FMT", defaultValue = "text", description = "text, json or md (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diff to FILE (atomically) instead of standard output.")
  Path output;

  @Option(names = "--fail-on-new", description = "Exit 1 when a fact is new, or changed into its verdict, at or above --fail-on (baselined and reviewed facts excepted).")
  boolean failOnNew;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "conflict",
      description = "Level for --fail-on-new: conflict, disputed or single-source (default: ${DEFAULT-VALUE}).")
  String failOn;

  @Override
  public Integer call() throws IOException {
    FailOn level = FailOn.of(failOn);
    if (!format.equals("text") && !format.equals("json") && !format.equals("md")) {
      throw new IllegalArgumentException("unknown --format '" + format + "'; use text, json or md");
    }
    Report old = ReportFiles.read(before, "OLD");
    Report now = ReportFiles.read(after, "NEW");
    ReportDiff diff = ReportDiff.of(old, now, level);
    String rendered = DiffFormat.render(diff, format);
    PrintWriter out = spec.commandLine().getOut();
    if (output == null) {
      out.print(rendered);
    } else {
      AtomicFiles.write(output, rendered);
      out.println("crosscheck diff: " + diffLine(diff) + "; written to " + output);
    }
    out.flush();
    boolean fail = failOnNew && diff.counts().failing() > 0;
    if (fail) {
      spec.commandLine().getErr().println("FAIL: " + diff.counts().failing()
          + " new finding(s) at or above --fail-on " + level.id() + " (exit 1)");
    }
    return fail ? ExitCode.FINDINGS.code() : ExitCode.OK.code();
  }

  private static String diffLine(ReportDiff diff) {
    ReportDiff.Counts c = diff.counts();
    return c.added() + " new, " + c.changed() + " changed, " + c.resolved() + " resolved";
  }
}
