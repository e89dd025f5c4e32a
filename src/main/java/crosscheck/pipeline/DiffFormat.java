package crosscheck.pipeline;

import crosscheck.report.ReportJson;
import java.util.Locale;

/** Renders a {@link ReportDiff} as text (CI logs), JSON or Markdown (job summaries, PR comments). */
public final class DiffFormat {
  private DiffFormat() {}

  /** "text", "json" or "md". */
  public static String render(ReportDiff diff, String format) {
    return switch (format) {
      case "text" -> text(diff);
      case "json" -> ReportJson.mapper().writeValueAsString(diff) + "\n";
      case "md" -> markdown(diff);
      default -> throw new IllegalArgumentException("unknown --format '" + format + "'; use text, json or md");
    };
  }

  static String headline(ReportDiff diff) {
    ReportDiff.Counts c = diff.counts();
    return String.format(Locale.ROOT, "%d new, %d changed, %d resolved; %d new finding(s) at or above --fail-on %s",
        c.added(), c.changed(), c.resolved(), c.failing(), diff.failOn());
  }

  private static String text(ReportDiff diff) {
    StringBuilder b = new StringBuilder("crosscheck diff: ").append(headline(diff)).append('\n');
    for (ReportDiff.Change c : diff.changes()) {
      b.append(String.format(Locale.ROOT, "%-4s %-8s %-30s %s  %s%n", c.failing() ? "FAIL" : "", c.change(),
          verdicts(c), c.key().isEmpty() ? c.id() : c.key(), c.detail()));
    }
    return b.toString();
  }

  private static String markdown(ReportDiff diff) {
    StringBuilder b = new StringBuilder("## crosscheck diff\n\n").append(headline(diff)).append("\n\n");
    if (diff.changes().isEmpty()) {
      return b.append("No fact changed.\n").toString();
    }
    b.append("| | Change | Verdict | Fact | Detail |\n|---|---|---|---|---|\n");
    for (ReportDiff.Change c : diff.changes()) {
      b.append("| ").append(c.failing() ? "❌" : "").append(" | ").append(c.change()).append(" | ")
          .append(cell(verdicts(c))).append(" | `").append(cell(c.key().isEmpty() ? c.id() : c.key()).replace("`", "'"))
          .append("` | ").append(cell(c.detail())).append(" |\n");
    }
    return b.toString();
  }

  private static String verdicts(ReportDiff.Change c) {
    if (c.before() == null) {
      return c.after().verdict().id();
    }
    if (c.after() == null || c.before().verdict() == c.after().verdict()) {
      return c.before().verdict().id();
    }
    return c.before().verdict().id() + " -> " + c.after().verdict().id();
  }

  /** A Markdown table cell: no line breaks, pipes escaped, HTML-significant characters escaped. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;")
        .replace('\n', ' ').replace('\r', ' ');
  }
}
