package crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.cli.CommandLineRun;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.Media;
import crosscheck.verdict.Fact;
import crosscheck.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * report.html in Debian's headless Chromium, driven by Playwright (its driver ships in the Maven
 * jar; no browser is downloaded). Every request the page makes is routed: anything but the
 * report's own file: URL fails the test. Screenshots go to target/report-screenshots/.
 */
@Tag("browser")
class HtmlReportBrowserTest {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CROSSCHECK_CHROMIUM", "/usr/bin/chromium"));
  static final Path OUT = Path.of("target/report-browser");
  static final Path SHOTS = Path.of("target/report-screenshots");
  static Playwright playwright;
  static Browser browser;
  BrowserContext context;
  Page page;
  final List<String> external = new ArrayList<>();
  final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = "browser tests need Debian's chromium at " + CHROMIUM
          + " (apt-get install chromium chromium-driver, or set CROSSCHECK_CHROMIUM)";
      if ("1".equals(System.getenv("CROSSCHECK_REQUIRE_BROWSER"))) {
        Assertions.fail(why + "; CROSSCHECK_REQUIRE_BROWSER=1 makes a missing browser a failure");
      }
      Assumptions.abort(why + "; skipped");
    }
    playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void context() {
    context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true).setViewportSize(1280, 900));
    context.route("**/*", route -> {
      String url = route.request().url();
      if (url.startsWith("file:")) {
        route.resume();
      } else {
        external.add(url);
        route.abort();
      }
    });
    page = context.newPage();
    page.onPageError(errors::add);
    page.onConsoleMessage(m -> {
      if ("error".equals(m.type())) {
        errors.add(m.text());
      }
    });
  }

  @AfterEach
  void noRequestsAndNoErrors() {
    context.close();
    assertThat(external).as("requests to anything but the report file").isEmpty();
    assertThat(errors).as("script errors and CSP violations").isEmpty();
  }

  private Path write(Report report, String name) throws IOException {
    return new HtmlReport().writeTo(report, OUT.resolve(name));
  }

  private void open(Path html) {
    page.navigate(html.toUri().toString());
    page.waitForSelector("html[data-ready=true]");
  }

  private Locator cards() {
    return page.locator("article.fact");
  }

  private Report sample() throws IOException {
    return ReportJson.read(SampleReports.SAMPLE_JSON);
  }

  @Test
  void overviewCountsAndFactListMatchTheReport() throws IOException {
    Report r = sample();
    open(write(r, "sample"));
    assertThat(page.textContent("#count-facts")).isEqualTo(String.valueOf(r.facts().size()));
    assertThat(page.textContent("#count-documents")).isEqualTo(String.valueOf(r.documents().size()));
    assertThat(page.textContent("#count-conflict")).isEqualTo("2");
    assertThat(cards().count()).isEqualTo(r.facts().size());
    assertThat(page.textContent("#result-count")).startsWith("Showing 9 of 9");
    Files.createDirectories(SHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("sample-full.png")).setFullPage(true));
    page.locator("#overview").screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("sample-overview.png")));
    page.locator("#sources").screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("sample-sources.png")));
    for (int i = 0; i < r.facts().size(); i++) {
      cards().nth(i).screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("sample-fact-" + i + ".png")));
    }
  }

  @Test
  void conflictsAndDisputesComeFirstAndSortingChangesTheOrder() throws IOException {
    open(write(sample(), "sample"));
    List<String> verdicts = page.locator("article.fact h3 .badge:first-child").allTextContents();
    assertThat(verdicts).startsWith("disputed", "conflict", "conflict", "internal-inconsistency").endsWith("agreement");
    page.selectOption("#f-sort", "claims");
    assertThat(cards().first().locator("div.claim").count()).isEqualTo(3);
  }

  @Test
  void filtersByVerdictSubjectMetricAndSource() throws IOException {
    Report r = sample();
    open(write(r, "sample"));
    page.selectOption("#f-verdict", "conflict");
    assertThat(cards().count()).isEqualTo(2);
    page.selectOption("#f-verdict", "");
    page.selectOption("#f-subject", "China");
    assertThat(cards().count()).isEqualTo((int) r.facts().stream().filter(f -> f.key().subject().equals("China")).count());
    page.selectOption("#f-metric", "military-personnel-sent");
    assertThat(cards().count()).isEqualTo(2);
    page.selectOption("#f-subject", "");
    page.selectOption("#f-metric", "");
    String reprint = r.documents().stream().filter(d -> "Daily Reprint".equals(d.source())).findFirst().orElseThrow().id();
    page.selectOption("#f-source", reprint);
    assertThat(cards().count()).isEqualTo(2);
    assertThat(cards().allTextContents()).allMatch(t -> t.contains("Daily Reprint"));
    page.selectOption("#f-source", "");
    page.selectOption("#f-status", "baselined");
    assertThat(cards().count()).isEqualTo(1);
    assertThat(cards().first().textContent()).contains("baselined");
  }

  @Test
  void searchMatchesSentencesOutletsAndReasons() throws IOException {
    open(write(sample(), "sample"));
    page.fill("#f-search", "kilograms");
    PlaywrightAssertions.assertThat(cards()).hasCount(1);
    assertThat(cards().first().textContent()).contains("not-comparable", "between 35 and 50 kilograms");
    page.fill("#f-search", "guo jiakun");
    PlaywrightAssertions.assertThat(cards().locator("h3 .badge").first()).hasText("disputed");
    PlaywrightAssertions.assertThat(cards()).hasCount(1);
    page.fill("#f-search", "no such words anywhere");
    PlaywrightAssertions.assertThat(cards()).hasCount(0);
    assertThat(page.textContent("#result-count")).startsWith("Showing 0 of 0");
  }

  @Test
  void intervalChartHasOneMarkPerClaimAndArrowsForOpenBounds() throws IOException {
    Report r = sample();
    open(write(r, "sample"));
    ReportIndex index = new ReportIndex(r);
    for (Fact f : r.facts()) {
      Locator card = page.locator("article[data-fact='" + f.id() + "']");
      long quantities = index.claimsOf(f).stream().filter(c -> c.quantity() != null).count();
      assertThat(card.locator("svg.intervals g.mark").count()).as(f.verdict().id()).isEqualTo((int) quantities);
    }
    Fact single = r.facts().stream().filter(f -> f.verdict() == Verdict.SINGLE_SOURCE).findFirst().orElseThrow();
    assertThat(page.locator("article[data-fact='" + single.id() + "'] svg.intervals polygon.arrow").count()).isEqualTo(1);
    Fact conflict = r.facts().get(1);
    assertThat(page.locator("article[data-fact='" + conflict.id() + "'] svg.intervals g.mark").evaluateAll(
        "ms => new Set(ms.map(m => m.getAttribute('data-document'))).size")).isEqualTo(3);
  }

  @Test
  void theNumberIsHighlightedInItsSentence() throws IOException {
    Report r = sample();
    open(write(r, "sample"));
    Fact conflict = r.facts().get(1);
    Locator claim = page.locator("article[data-fact='" + conflict.id() + "'] div.claim[data-claim='" + conflict.claims().get(0) + "']");
    assertThat(claim.locator("blockquote mark").textContent()).isEqualTo("an estimated 200,000 men");
    assertThat(claim.locator("blockquote").textContent()).startsWith("A year after Russian President Vladimir Putin");
  }

  @Test
  void keyboardReachesTheSkipLinkFirstAndEveryControlHasALabel() throws IOException {
    open(write(sample(), "sample"));
    page.keyboard().press("Tab");
    assertThat(page.evaluate("document.activeElement.className")).isEqualTo("skip");
    Object unlabelled = page.evaluate("Array.from(document.querySelectorAll('input, select, textarea'))"
        + ".filter(e => !e.labels || e.labels.length === 0).map(e => e.id)");
    assertThat((List<?>) unlabelled).isEmpty();
  }

  @Test
  void printLayoutHidesTheControlsAndKeepsTheFacts() throws IOException {
    open(write(sample(), "sample"));
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    assertThat(page.isVisible("#filters")).isFalse();
    assertThat(page.isVisible(".review-tools")).isFalse();
    assertThat(page.isVisible("article.fact")).isTrue();
    assertThat(page.isVisible("#overview")).isTrue();
  }

  @Test
  void scriptsInArticleTextNeverRun() throws IOException {
    Report r = SampleReports.hostile();
    open(write(r, "hostile"));
    page.waitForTimeout(300); // an onerror of a broken image would have fired by now
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
    assertThat(page.locator("img").count()).isZero();
    assertThat(page.evaluate("document.querySelectorAll('[onerror], [href^=\"javascript\"]').length")).isEqualTo(0);
    assertThat(page.evaluate("document.scripts.length")).isEqualTo(2);
    // the payloads are shown as text: in a sentence, a reason, the documents table and a review note
    assertThat(page.locator("blockquote").allTextContents()).anyMatch(t -> t.contains(SampleReports.SCRIPT));
    assertThat(page.locator("p.reason").allTextContents()).anyMatch(t -> t.contains(SampleReports.IMG));
    assertThat(page.locator("table.documents").textContent()).contains(SampleReports.SCRIPT);
    assertThat(page.locator("p.reviewed-note").allTextContents()).anyMatch(t -> t.contains(SampleReports.SCRIPT));
    // options in the filters come from hostile keys and outlets, also as text
    page.selectOption("#f-metric", r.facts().get(1).key().metric());
    assertThat(cards().count()).isEqualTo(1);
    page.locator("#sources").screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("hostile-sources.png")));
    cards().first().screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("hostile-fact.png")));
    assertThat(page.evaluate("typeof window.pwned")).isEqualTo("undefined");
  }

  @Test
  void decisionsPersistExportAsJsonAndCheckHonoursThem() throws IOException {
    Report r = sample();
    Path html = write(r, "sample");
    open(html);
    Fact disputed = r.facts().get(0);
    assertThat(disputed.verdict()).isEqualTo(Verdict.DISPUTED);
    page.fill("#reviewer", "Dana Checker");
    page.dispatchEvent("#reviewer", "change");
    Locator card = page.locator("article[data-fact='" + disputed.id() + "']");
    card.locator("details summary").click();
    card.locator("label:has-text('confirmed')").click();
    card.locator("textarea").fill("Beijing denies; US officials assert. Real dispute, keep watching.");
    card.locator("button.save").click();
    assertThat(page.locator("article[data-fact='" + disputed.id() + "'] .badge.reviewed").textContent()).isEqualTo("reviewed: confirmed");

    page.reload();
    page.waitForSelector("html[data-ready=true]");
    assertThat(page.locator("article[data-fact='" + disputed.id() + "'] p.reviewed-note").textContent())
        .contains("confirmed by Dana Checker", "Real dispute");

    Download download = page.waitForDownload(() -> page.click("#export"));
    Path exported = OUT.resolve("decisions.json");
    download.saveAs(exported);
    JsonNode json = ReportJson.mapper().readTree(Files.readString(exported));
    assertThat(json.get("formatVersion").intValue()).isEqualTo(1);
    List<String> facts = new ArrayList<>();
    json.get("decisions").forEach(d -> facts.add(d.get("fact").stringValue()));
    assertThat(facts).contains(disputed.id(), r.facts().get(1).id()); // the new one and the one already in the report
    JsonNode mine = json.get("decisions").valueStream().filter(d -> d.get("fact").stringValue().equals(disputed.id())).findFirst().orElseThrow();
    assertThat(mine.get("decision").stringValue()).isEqualTo("confirmed");
    assertThat(mine.get("by").stringValue()).isEqualTo("Dana Checker");

    // what check --decisions does with it: the finding is reviewed and stops failing
    Report decided = Decisions.read(exported).applyTo(r);
    assertThat(r.summary().failing()).isEqualTo(2);
    assertThat(decided.summary().failing()).isEqualTo(1);
    assertThat(decided.facts().get(0).review().note()).contains("Real dispute");
    context.clearCookies();
    page.evaluate("localStorage.clear()");
    open(write(decided, "decided"));
    assertThat(page.locator("article[data-fact='" + disputed.id() + "'] .badge.reviewed").textContent()).isEqualTo("reviewed: confirmed");
    assertThat(page.textContent("#failing")).isEqualTo("1");
  }

  /**
   * The real pipeline on the seed articles: the page opens with the counts of its report.json,
   * and once the stages find failing facts, a decision made in the page and exported makes the
   * next {@code check --decisions} run pass them.
   */
  @Test
  void seedReportOpensAndItsExportedDecisionsAreHonouredByCheck() throws IOException {
    Path out = OUT.resolve("seeds");
    List<String> args = new ArrayList<>(List.of("check", "--out", out.toString(), "--manifest", "fixtures/seeds/manifest.json", "--no-progress"));
    try (var files = Files.list(Path.of("fixtures/seeds"))) {
      files.map(Path::toString).filter(f -> f.endsWith(".txt")).sorted().forEach(args::add);
    }
    int first = CommandLineRun.run(args.toArray(String[]::new)).code();
    assertThat(first).isIn(0, 1);
    Report report = ReportJson.read(out.resolve("report.json"));
    open(out.resolve("report.html"));
    assertThat(page.textContent("#count-documents")).isEqualTo("5");
    assertThat(page.textContent("#count-facts")).isEqualTo(String.valueOf(report.facts().size()));
    assertThat(cards().count()).isEqualTo(Math.min(50, report.facts().size()));
    Files.createDirectories(SHOTS);
    page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve("seeds.png")).setFullPage(true));
    Fact failing = report.facts().stream().filter(f -> ReportBuilder.counts(f, crosscheck.verdict.FailOn.CONFLICT))
        .findFirst().orElse(null);
    Assumptions.assumeTrue(failing != null, "the stages find no failing fact in the seeds yet; decisions round trip not exercised");
    Locator card = page.locator("article[data-fact='" + failing.id() + "']");
    card.locator("details summary").click();
    card.locator("label:has-text('resolved')").click();
    card.locator("button.save").click();
    Download download = page.waitForDownload(() -> page.click("#export"));
    Path decisions = OUT.resolve("seed-decisions.json");
    download.saveAs(decisions);
    args.add(1, "--decisions");
    args.add(2, decisions.toString());
    CommandLineRun.run(args.toArray(String[]::new));
    Report again = ReportJson.read(out.resolve("report.json"));
    assertThat(again.summary().failing()).isEqualTo(report.summary().failing() - 1);
    assertThat(again.facts().stream().filter(f -> f.id().equals(failing.id())).findFirst().orElseThrow().review().decision())
        .isEqualTo("resolved");
  }

  @Test
  void tenThousandFactsLoadAndFilter() throws IOException {
    Report big = SampleReports.large(10_000);
    long t0 = System.nanoTime();
    Path html = write(big, "large");
    long renderMs = (System.nanoTime() - t0) / 1_000_000;
    long bytes = Files.size(html);
    long t1 = System.nanoTime();
    open(html);
    long loadMs = (System.nanoTime() - t1) / 1_000_000;
    assertThat(cards().count()).isEqualTo(50);
    assertThat(page.textContent("#result-count")).startsWith("Showing 50 of 10000");
    assertThat(page.locator("svg.intervals text.scale").count()).as("facts whose values differ 100-fold").isPositive();
    page.locator("svg.intervals:has(text.scale)").first().screenshot(
        new Locator.ScreenshotOptions().setPath(SHOTS.resolve("large-log-axis.png")));
    page.click("#more");
    assertThat(cards().count()).isEqualTo(100);
    String deep = big.facts().get(500).id(); // a link from summary.md to a fact far down the list
    page.navigate(html.toUri() + "#fact-" + deep);
    PlaywrightAssertions.assertThat(page.locator("#fact-" + deep)).isInViewport();
    assertThat(cards().count()).isEqualTo(501);
    long t2 = System.nanoTime();
    page.fill("#f-search", "commodity 4242 last");
    PlaywrightAssertions.assertThat(page.locator("#result-count")).not().containsText("of 10000 matching");
    long searchMs = (System.nanoTime() - t2) / 1_000_000;
    assertThat(cards().count()).isBetween(1, 5);
    assertThat(cards().first().textContent()).contains("commodity 4242 reached");
    String figures = String.format(Locale.ROOT,
        "report.html with 10000 facts, 30000 claims: %.1f MB, rendered in %d ms, opened in Chromium (navigate to"
            + " first 50 facts drawn) in %d ms, search to its result in %d ms%n", bytes / 1e6, renderMs, loadMs, searchMs);
    System.out.print(figures);
    Files.writeString(Path.of("target/report-large-figures.txt"), figures);
  }
}
