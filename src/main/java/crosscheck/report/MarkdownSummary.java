package crosscheck.report;

import crosscheck.claim.Claim;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * summary.md for a pull request or CI log: counts per verdict, then the findings that fail the
 * run (new, unreviewed) with reason and sources, then the reviewed and baselined ones in brief,
 * with link-style references into report.html. All text from the report is Markdown-escaped.
 */
public final class MarkdownSummary implements ReportFormat {
  /** At most this many findings are listed in full; the rest are counted. */
  static final int LISTED = 25;

  @Override
  public String id() {
    return "md";
  }

  @Override
  public String fileName() {
    return "summary.md";
  }

  @Override
  public byte[] render(Report report) {
    Summary s = report.summary();
    ReportIndex index = new ReportIndex(report);
    StringBuilder md = new StringBuilder();
    md.append("# crosscheck summary\n\n");
    md.append(String.format(Locale.ROOT, "%d documents, %d claims, %d facts, %d input problems. ",
        s.documents(), s.claims(), s.facts(), s.problems()));
    md.append(String.format(Locale.ROOT, "**%d finding(s) at or above `--fail-on %s`** (not baselined, not reviewed). ",
        s.failing(), s.failOn()));
    md.append("Full evidence: [HTML report][report].\n\n");
    md.append("| Verdict | Facts |\n|---|---:|\n");
    s.verdicts().forEach((v, n) -> md.append("| ").append(v).append(" | ").append(n).append(" |\n"));
    md.append('\n');

    List<Fact> severe = report.facts().stream().filter(f -> FailOn.severity(f.verdict()) >= 2).toList();
    List<Fact> open = severe.stream().filter(f -> !f.baselined() && f.review() == null).toList();
    List<Fact> settled = severe.stream().filter(f -> !open.contains(f)).toList();
    md.append("## Conflicts and disputes to review (").append(open.size()).append(")\n\n");
    if (open.isEmpty()) {
      md.append("None.\n\n");
    }
    open.stream().limit(LISTED).forEach(f -> finding(md, f, index));
    if (open.size() > LISTED) {
      md.append("… and ").append(open.size() - LISTED).append(" more in the [HTML report][report].\n\n");
    }
    if (!settled.isEmpty()) {
      md.append("## Reviewed or baselined (").append(settled.size()).append(")\n\n");
      settled.stream().limit(LISTED).forEach(f -> md.append("- ").append(badge(f)).append(' ')
          .append(f.verdict().id()).append(": ").append(esc(ReportIndex.label(f.key()))).append(" ([details][report])\n"));
      if (settled.size() > LISTED) {
        md.append("- … and ").append(settled.size() - LISTED).append(" more\n");
      }
      md.append('\n');
    }
    if (!report.problems().isEmpty()) {
      md.append("## Input problems (").append(report.problems().size()).append(")\n\n");
      report.problems().stream().limit(LISTED).forEach(p -> md.append("- ").append(p.severity()).append(": ")
          .append(esc(p.path() + (p.line() == null ? "" : ":" + p.line()))).append(": ").append(esc(p.message())).append('\n'));
      md.append('\n');
    }
    md.append("[report]: report.html\n");
    return md.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void finding(StringBuilder md, Fact f, ReportIndex index) {
    md.append("### ").append(f.verdict().id()).append(": ").append(esc(ReportIndex.label(f.key()))).append("\n\n");
    md.append(esc(f.reason() == null ? "" : f.reason())).append(" (rule `").append(code(String.valueOf(f.rule())))
        .append("`; ").append(f.sources()).append(" source(s), ").append(f.independentSources()).append(" independent)");
    if (f.id().matches("[0-9A-Za-z_-]{1,64}")) {
      md.append(" [evidence](report.html#fact-").append(f.id()).append(')');
    }
    md.append("\n\n");
    for (Claim c : index.claimsOf(f)) {
      DocumentEntry d = index.document(c.document());
      md.append("- **").append(esc(index.outlet(c.document()))).append("**");
      if (d != null && d.published() != null) {
        md.append(" (").append(esc(d.published())).append(')');
      }
      if (c.quantity() != null) {
        md.append(": ").append(esc(c.quantity().surface()));
      } else if (c.assertion() != null) {
        md.append(": ").append(c.polarity() == crosscheck.claim.Polarity.NEGATED ? "denies " : "")
            .append(esc(c.assertion().predicate() + " " + c.assertion().object()));
      }
      if (c.attribution() != null) {
        md.append(", per ").append(esc(c.attribution()));
      }
      md.append(" — “").append(esc(c.sentence())).append("”\n");
    }
    md.append('\n');
  }

  private static String badge(Fact f) {
    if (f.review() != null) {
      return "reviewed (" + f.review().decision() + (f.review().by() == null ? "" : " by " + esc(f.review().by())) + ")"
          + (f.review().note() == null ? "" : ": " + esc(f.review().note()));
    }
    return "baselined";
  }

  /** Escapes Markdown and inline HTML so report text shows as text; newlines become spaces. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\n', '\r', '\u2028', '\u2029' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '#', '|', '~' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Text inside a code span: no backticks or newlines can break out of it. */
  static String code(String s) {
    return s.replace('`', '\'').replace('\n', ' ').replace('\r', ' ');
  }
}
