package crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The page's static guarantees, checked on the markup; the browser tests check what runs. */
class HtmlReportTest {
  private final HtmlReport html = new HtmlReport();

  private org.jsoup.nodes.Document parse(Report r) {
    return Jsoup.parse(new String(html.render(r), StandardCharsets.UTF_8));
  }

  @Test
  void overviewShowsTheCountsOfTheReport() {
    Report r = SampleReports.sample();
    var page = parse(r);
    assertThat(page.getElementById("count-documents").text()).isEqualTo(String.valueOf(r.documents().size()));
    assertThat(page.getElementById("count-claims").text()).isEqualTo(String.valueOf(r.claims().size()));
    assertThat(page.getElementById("count-facts").text()).isEqualTo(String.valueOf(r.facts().size()));
    assertThat(page.getElementById("count-conflict").text()).isEqualTo("2");
    assertThat(page.getElementById("count-disputed").text()).isEqualTo("1");
    assertThat(page.select("svg[role=img] g.bar")).hasSize(8);
    assertThat(page.select("table.documents tbody tr")).hasSize(r.documents().size());
    assertThat(page.select("ul.problems li")).hasSize(2);
    assertThat(page.select("ul.copies li").text()).contains("Northern Wire is the origin of Daily Reprint", "text reuse 0.94");
  }

  @Test
  void pageLoadsNothingFromOutside() {
    var page = parse(SampleReports.sample());
    assertThat(page.select("script[src], link, img, iframe, object, embed, [style*=url]")).isEmpty();
    assertThat(page.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#"));
    String csp = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).contains("default-src 'none'", "script-src 'sha256-").doesNotContain("unsafe-inline", "http");
  }

  @Test
  void hostileTextIsEscapedEverywhereTheServerRendersIt() {
    Report r = SampleReports.hostile();
    String raw = new String(html.render(r), StandardCharsets.UTF_8);
    var page = Jsoup.parse(raw);
    // exactly the two scripts of the page: the JSON data block and the inlined code
    Elements scripts = page.select("script");
    assertThat(scripts).hasSize(2);
    assertThat(scripts.get(0).attr("type")).isEqualTo("application/json");
    assertThat(page.select("img")).isEmpty();
    assertThat(page.select("[onerror]")).isEmpty();
    assertThat(page.select("[href^=javascript]")).isEmpty();
    // and the payloads are there, as text
    assertThat(page.select("table.documents").text()).contains(SampleReports.SCRIPT, SampleReports.IMG);
    assertThat(page.select("ul.problems").text()).contains(SampleReports.SCRIPT);
    assertThat(page.select("table.documents .url").eachText()).contains(SampleReports.JS_URL);
  }

  @Test
  void embeddedJsonCannotCloseItsScriptElementAndParsesBackToTheReport() throws IOException {
    Report r = SampleReports.hostile();
    var page = parse(r);
    Element data = page.getElementById("report-data");
    String json = data.data();
    assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(ReportJson.mapper().readValue(json, Report.class)).isEqualTo(r);
  }

  @Test
  void scriptJsonEscapesLineSeparatorsAndMarkup() {
    assertThat(ScriptJson.escape("{\"a\":\"</script><!--\u2028&\u2029\"}"))
        .isEqualTo("{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u2028\\u0026\\u2029\"}");
  }

  @Test
  void renderingIsDeterministic() {
    assertThat(html.render(SampleReports.sample())).isEqualTo(html.render(SampleReports.sample()));
  }

  @Test
  void reportKeyDependsOnTheCorpusNotOnTheFindings() {
    Report r = SampleReports.sample();
    Report fewer = new Report(r.formatVersion(), r.tool(), r.documents(), r.claims(), r.facts().subList(0, 2), r.problems(), r.summary());
    assertThat(HtmlReport.reportKey(fewer)).isEqualTo(HtmlReport.reportKey(r)).hasSize(16);
  }

  @Test
  void writesTheSampleForManualInspection() throws IOException {
    Path out = html.writeTo(SampleReports.sample(), Path.of("target/report-sample"));
    assertThat(out).exists();
  }
}
