package crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** summary.md: counts, the open findings first with reasons and sources, safe text. */
class MarkdownSummaryTest {
  private static String md(Report r) {
    return new String(new MarkdownSummary().render(r), StandardCharsets.UTF_8);
  }

  @Test
  void countsEveryVerdictAndLinksTheHtmlReport() {
    String md = md(SampleReports.sample());
    assertThat(md).contains("| conflict | 2 |", "| agreement | 1 |", "| update | 1 |", "[report]: report.html",
        "**2 finding(s) at or above `--fail-on conflict`**");
  }

  @Test
  void openFindingsComeFirstWithReasonAndEverySource() {
    String md = md(SampleReports.sample());
    int open = md.indexOf("## Conflicts and disputes to review (2)");
    int settled = md.indexOf("## Reviewed or baselined (2)");
    assertThat(open).isPositive().isLessThan(settled);
    String openPart = md.substring(open, settled);
    assertThat(openPart).contains("### disputed: China · supply:weapons", "[evidence](report.html#fact-682481fa76c9fa65)", "Asserted by 1 source, denied by 2",
        "**The Epoch Times** (2025\\-06)".replace("\\-", "-"), "denies supply weapons", "per Guo Jiakun",
        "### internal\\-inconsistency".replace("\\-", "-"));
    assertThat(md.substring(settled)).contains("reviewed (false\\-alarm by A. Reviewer)".replace("\\-", "-"), "baselined conflict");
    assertThat(md).contains("## Input problems (2)", "error: corpus/broken.pdf: not a text");
  }

  @Test
  void hostileTextIsEscapedNotRenderedAsHtmlOrLinks() {
    String md = md(SampleReports.hostile());
    assertThat(md).doesNotContain("<script>", "<img", "](javascript");
    assertThat(md).contains("&lt;script&gt;window.pwned=1&lt;/script&gt;");
  }

  @Test
  void escapeNeutralisesMarkdownAndLineBreaks() {
    assertThat(MarkdownSummary.esc("[x](javascript:a) *b* `c`|\n# d")).isEqualTo("\\[x\\](javascript:a) \\*b\\* \\`c\\`\\| \\# d");
    assertThat(MarkdownSummary.code("a`b\nc")).isEqualTo("a'b c");
  }
}
