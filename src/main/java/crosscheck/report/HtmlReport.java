package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import crosscheck.claim.Claim;
import crosscheck.match.SourceCluster;
import crosscheck.ruleset.Hashes;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * report.html: one self-contained page. The overview is rendered by the jte template
 * {@code report.jte} (auto-escaping); the facts are drawn by the inlined script from the report
 * JSON embedded in a data block, with text nodes only. A Content-Security-Policy allows exactly
 * the inlined style and script (by hash) and no requests at all.
 */
public final class HtmlReport implements ReportFormat {
  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
  private static final String CSS = resource("report.css");
  private static final String JS = resource("report.js");
  /** The report as the page's script reads it: compact, nulls left out (the script treats absent as null). */
  private static final ObjectWriter EMBED = ReportJson.mapper().rebuild()
      .changeDefaultPropertyInclusion(v -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
      .disable(SerializationFeature.INDENT_OUTPUT).build().writer();
  static final int CHART_WIDTH = 320;
  static final int BAR_HEIGHT = 22;

  @Override
  public String id() {
    return "html";
  }

  @Override
  public String fileName() {
    return "report.html";
  }

  @Override
  public byte[] render(Report report) {
    Utf8ByteOutput out = new Utf8ByteOutput();
    ENGINE.render("report.jte", page(report), out);
    return out.toByteArray();
  }

  static HtmlPage page(Report report) {
    String json = EMBED.writeValueAsString(report);
    String csp = "default-src 'none'; img-src data:; style-src '" + hash(CSS) + "'; script-src '" + hash(JS)
        + "'; form-action 'none'; base-uri 'none'";
    return new HtmlPage(reportKey(report), report.tool().version(), report.summary(), bars(report),
        documents(report), copies(report), independentSources(report), report.problems(),
        ScriptJson.escape(json), CSS, JS, csp);
  }

  /** The corpus identity: the documents' content hashes, so a rerun keeps the reviewer's work. */
  static String reportKey(Report report) {
    return Hashes.shortId(report.documents().stream().map(DocumentEntry::sha256).sorted()
        .collect(Collectors.joining(",")), 16);
  }

  private static List<HtmlPage.VerdictBar> bars(Report report) {
    int max = report.summary().verdicts().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    FailOn failOn = FailOn.of(report.summary().failOn());
    Map<String, Integer> failing = new TreeMap<>();
    report.facts().stream().filter(f -> ReportBuilder.counts(f, failOn))
        .forEach(f -> failing.merge(f.verdict().id(), 1, Integer::sum));
    List<HtmlPage.VerdictBar> bars = new ArrayList<>();
    report.summary().verdicts().forEach((id, n) -> bars.add(new HtmlPage.VerdictBar(id, n, bars.size() * BAR_HEIGHT,
        max == 0 ? 0 : Math.max(n == 0 ? 0 : 2, (int) Math.round((double) n * CHART_WIDTH / max)),
        failing.getOrDefault(id, 0))));
    return bars;
  }

  private static List<HtmlPage.DocumentRow> documents(Report report) {
    Map<String, Long> claims = report.claims().stream().collect(Collectors.groupingBy(Claim::document, Collectors.counting()));
    return report.documents().stream().map(d -> new HtmlPage.DocumentRow(d.id(), d.source(), d.published(), d.title(),
        d.url(), d.path(), d.chars(), claims.getOrDefault(d.id(), 0L),
        d.repairs().stream().map(r -> r.kind() + ": " + r.detail()).toList(), d.removed().size(),
        d.origins() == null ? null : d.origins().source())).toList();
  }

  /** The distinct clusters of more than one document across all facts, with how many facts show each. */
  private static List<HtmlPage.CopyGroup> copies(Report report) {
    ReportIndex index = new ReportIndex(report);
    Map<List<String>, SourceCluster> seen = new LinkedHashMap<>();
    Map<List<String>, Integer> facts = new LinkedHashMap<>();
    for (Fact f : report.facts()) {
      for (SourceCluster c : f.chains()) {
        if (c.documents().size() > 1) {
          seen.putIfAbsent(c.documents(), c);
          facts.merge(c.documents(), 1, Integer::sum);
        }
      }
    }
    Function<String, String> name = index::outlet;
    return seen.entrySet().stream()
        .sorted(Map.Entry.comparingByKey((a, b) -> String.join(",", a).compareTo(String.join(",", b))))
        .map(e -> new HtmlPage.CopyGroup(name.apply(e.getValue().origin()),
            e.getValue().documents().stream().filter(d -> !d.equals(e.getValue().origin())).map(name).toList(),
            e.getValue().via(), facts.get(e.getKey())))
        .toList();
  }

  /** Documents minus those that are copies of another in some fact's chain. */
  private static int independentSources(Report report) {
    Map<String, String> originOf = new TreeMap<>();
    report.documents().forEach(d -> originOf.put(d.id(), d.id()));
    for (Fact f : report.facts()) {
      for (SourceCluster c : f.chains()) {
        c.documents().stream().filter(d -> !d.equals(c.origin())).forEach(d -> originOf.put(d, c.origin()));
      }
    }
    return (int) originOf.entrySet().stream().filter(e -> e.getKey().equals(e.getValue())).count();
  }

  private static String hash(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource crosscheck/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
