package crosscheck.report;

import crosscheck.claim.Claim;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Verdict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * report.sarif (SARIF 2.1.0): one result per conflict, dispute and internal inconsistency, located
 * at its first claim in the article, with the other claims as related locations. The rule id is
 * the verdict rule that decided; a reviewed finding carries an accepted external suppression, a
 * baselined one {@code baselineState: unchanged}. Lines and columns (UTF-16 units, 1-based) come
 * from the claim offsets and the document's {@code lineStarts} in the report; they refer to the
 * cleaned text, so each region carries its snippet for a consumer to check against the file.
 */
public final class SarifReport implements ReportFormat {
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final Set<Verdict> REPORTED = Set.of(Verdict.CONFLICT, Verdict.DISPUTED, Verdict.INTERNAL_INCONSISTENCY);

  @Override
  public String id() {
    return "sarif";
  }

  @Override
  public String fileName() {
    return "report.sarif";
  }

  @Override
  public byte[] render(Report report) {
    ReportIndex index = new ReportIndex(report);
    FailOn failOn = FailOn.of(report.summary().failOn());
    ObjectNode root = ReportJson.mapper().createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", report.tool().name());
    driver.put("version", report.tool().version());
    Map<String, Verdict> rules = new TreeMap<>();
    List<Fact> findings = report.facts().stream().filter(f -> REPORTED.contains(f.verdict())).toList();
    findings.forEach(f -> rules.putIfAbsent(ruleId(f), f.verdict()));
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    ArrayNode ruleList = driver.putArray("rules");
    rules.forEach((id, verdict) -> {
      ruleIndex.put(id, ruleIndex.size());
      ObjectNode r = ruleList.addObject();
      r.put("id", id);
      r.putObject("shortDescription").put("text", "Verdict rule " + id + " (" + verdict.id() + ")");
      r.putObject("properties").put("verdict", verdict.id());
    });
    ArrayNode results = run.putArray("results");
    for (Fact f : findings) {
      List<Claim> claims = index.claimsOf(f);
      if (claims.isEmpty()) {
        continue; // nothing to locate it at; the JSON and HTML still show it
      }
      ObjectNode r = results.addObject();
      r.put("ruleId", ruleId(f));
      r.put("ruleIndex", ruleIndex.get(ruleId(f)));
      r.put("level", ReportBuilder.counts(f, failOn) ? "error" : "warning");
      r.putObject("message").put("text", f.verdict().id() + ": " + ReportIndex.label(f.key()) + ": " + f.reason());
      location(r.putArray("locations").addObject(), index, claims.get(0), 0);
      if (claims.size() > 1) {
        ArrayNode related = r.putArray("relatedLocations");
        for (int i = 1; i < claims.size(); i++) {
          location(related.addObject(), index, claims.get(i), i);
        }
      }
      r.putObject("partialFingerprints").put("crosscheckFactId/v1", f.id());
      if (f.baselined()) {
        r.put("baselineState", "unchanged");
      }
      if (f.review() != null) {
        ObjectNode s = r.putArray("suppressions").addObject();
        s.put("kind", "external");
        s.put("status", "accepted");
        s.put("justification", f.review().decision() + (f.review().note() == null ? "" : ": " + f.review().note())
            + (f.review().by() == null ? "" : " (" + f.review().by() + ")"));
      }
      ObjectNode props = r.putObject("properties");
      props.put("fact", f.id());
      props.put("verdict", f.verdict().id());
      props.put("sources", f.sources());
      props.put("independentSources", f.independentSources());
    }
    byte[] body = ReportJson.mapper().writeValueAsBytes(root);
    byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
    out[body.length] = '\n';
    return out;
  }

  private static String ruleId(Fact f) {
    return f.rule() == null || f.rule().isBlank() ? f.verdict().id() : f.rule();
  }

  private static void location(ObjectNode loc, ReportIndex index, Claim c, int id) {
    DocumentEntry d = index.document(c.document());
    loc.put("id", id);
    ObjectNode physical = loc.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", Uris.relative(d == null ? c.document() : d.path()));
    ObjectNode region = physical.putObject("region");
    LineIndex lines = new LineIndex(d == null ? null : d.lineStarts());
    region.put("startLine", lines.line(c.start()));
    region.put("startColumn", lines.column(c.start()));
    region.put("endLine", lines.line(c.end()));
    region.put("endColumn", lines.column(c.end()));
    if (c.quantity() != null) {
      region.putObject("snippet").put("text", c.quantity().surface());
    }
    String who = d == null ? c.document() : (d.source() == null ? d.path() : d.source());
    loc.putObject("message").put("text", who + ": " + c.sentence());
  }
}
