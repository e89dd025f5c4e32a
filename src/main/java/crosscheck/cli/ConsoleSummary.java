package crosscheck.cli;

import crosscheck.report.Report;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import java.io.PrintWriter;
import java.nio.file.Path;

/** The plain console summary: counts, problems, and the top findings with their reasons. */
final class ConsoleSummary {
  private static final int TOP = 10;

  private ConsoleSummary() {}

  static void print(Report report, Path outDir, PrintWriter out) {
    var s = report.summary();
    out.printf("crosscheck: %d documents, %d claims, %d facts, %d input problems%n",
        s.documents(), s.claims(), s.facts(), s.problems());
    StringBuilder counts = new StringBuilder();
    s.verdicts().forEach((v, n) -> {
      if (n > 0) {
        counts.append(counts.isEmpty() ? "" : ", ").append(v).append(' ').append(n);
      }
    });
    if (!counts.isEmpty()) {
      out.println("verdicts: " + counts);
    }
    report.problems().forEach(p -> out.printf("problem: %s%s: %s%n", p.path(),
        p.line() == null ? "" : ":" + p.line(), p.message()));
    int shown = 0;
    for (Fact f : report.facts()) {
      if (FailOn.severity(f.verdict()) >= 2 && shown < TOP) {
        out.printf("%s %s: %s%n", f.verdict().id(), f.key().text(), f.reason());
        shown++;
      }
    }
    out.printf("%d finding(s) at or above --fail-on %s; reports in %s%n", s.failing(), s.failOn(), outDir);
    out.flush();
  }
}
