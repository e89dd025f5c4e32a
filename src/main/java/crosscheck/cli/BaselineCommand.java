package crosscheck.cli;

import crosscheck.pipeline.Baseline;
import crosscheck.report.Report;
import crosscheck.verdict.FailOn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crosscheck baseline}: freeze a report's findings for {@code check --baseline}. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = "Freeze the findings of REPORT (a report.json) into a baseline file for 'check --baseline'.")
public final class BaselineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "REPORT", description = "The report.json whose findings are accepted.")
  Path report;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "The baseline file to write (atomically).")
  Path output;

  @Option(names = "--level", paramLabel = "LEVEL", defaultValue = "single-source",
      description = "Freeze findings at or above: conflict, disputed or single-source (default: ${DEFAULT-VALUE}, "
          + "so the baseline serves any --fail-on).")
  String level;

  @Override
  public Integer call() throws IOException {
    FailOn threshold = FailOn.of(level);
    if (threshold == FailOn.NONE) {
      throw new IllegalArgumentException("--level none would freeze nothing; use conflict, disputed or single-source");
    }
    Report r = ReportFiles.read(report, "REPORT");
    if (Files.exists(output) && Files.isSameFile(output, report)) {
      throw new IllegalArgumentException("-o " + output + " is the input report; refusing to overwrite it");
    }
    Baseline baseline = Baseline.freeze(r, threshold);
    baseline.write(output);
    spec.commandLine().getOut().printf("baseline: froze %d finding(s) at or above %s from %s into %s%n",
        baseline.findings().size(), threshold.id(), report, output);
    spec.commandLine().getOut().flush();
    return ExitCode.OK.code();
  }
}
