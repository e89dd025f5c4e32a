package crosscheck.report;

import static crosscheck.cli.CommandLineRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.cli.CommandLineRun;
import crosscheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} writes the four formats by default and reads {@code --decisions}. */
class CheckReportsCliTest {
  @TempDir Path tmp;


  private Path corpus() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("corpus"));
    Files.writeString(dir.resolve("a.txt"), "Evacuation update\nOfficials said 1,200 people were evacuated on Monday.\n");
    return dir;
  }

  @Test
  void checkWritesJsonHtmlMarkdownAndSarifByDefault() throws IOException {
    Path out = tmp.resolve("out");
    CommandLineRun r = run("check", "--out", out.toString(), "--no-progress", corpus().toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(out.resolve("report.json")).exists();
    assertThat(Files.readString(out.resolve("report.html"))).startsWith("<!DOCTYPE html>");
    assertThat(Files.readString(out.resolve("summary.md"))).startsWith("# crosscheck summary");
    assertThat(SarifReportTest.schemaErrors(ReportJson.mapper().readTree(Files.readString(out.resolve("report.sarif"))))).isEmpty();
    assertThat(ReportJson.read(out.resolve("report.json")).documents().getFirst().lineStarts()).startsWith("Evacuation update\n".length());
  }

  @Test
  void decisionsForFactsNotInTheReportAreWarningsInTheReport() throws IOException {
    Path decisions = Files.writeString(tmp.resolve("decisions.json"),
        "{\"formatVersion\":1,\"decisions\":[{\"fact\":\"feedfacefeedface\",\"decision\":\"resolved\",\"note\":\"gone\",\"by\":\"Ann\",\"at\":\"\"}]}");
    Path out = tmp.resolve("out");
    CommandLineRun r = run("check", "--out", out.toString(), "--format", "json", "--decisions", decisions.toString(), corpus().toString());
    assertThat(r.code()).as(r.err()).isZero();
    Report report = ReportJson.read(out.resolve("report.json"));
    assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("feedfacefeedface"));
    assertThat(r.out()).contains("feedfacefeedface");
  }

  @Test
  void aMalformedDecisionsFileIsAUsageErrorAndNothingIsWritten() throws IOException {
    Path decisions = Files.writeString(tmp.resolve("decisions.json"), "{\"formatVersion\":1,\"decisions\":{}}");
    Path out = tmp.resolve("out");
    CommandLineRun r = run("check", "--out", out.toString(), "--decisions", decisions.toString(), corpus().toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--decisions", "\"decisions\" must be an array");
    assertThat(out).doesNotExist();
  }
}
