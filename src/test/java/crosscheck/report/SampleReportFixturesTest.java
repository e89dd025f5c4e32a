package crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON fixtures the browser tests open are exactly what {@link SampleReports} builds, so they
 * cannot drift from the records. Regenerate with {@code -Dcrosscheck.regenerateFixtures=true}.
 */
class SampleReportFixturesTest {
  @Test
  void sampleFixtureIsTheBuiltSampleReport() throws IOException {
    check(SampleReports.SAMPLE_JSON, SampleReports.sample());
  }

  @Test
  void hostileFixtureIsTheBuiltHostileReport() throws IOException {
    check(SampleReports.HOSTILE_JSON, SampleReports.hostile());
  }

  @Test
  void fixtureReadsBackAsTheSameReport() throws IOException {
    assertThat(ReportJson.read(SampleReports.SAMPLE_JSON)).isEqualTo(SampleReports.sample());
  }

  private static void check(Path fixture, Report built) throws IOException {
    byte[] json = new ReportJson().render(built);
    if (Boolean.getBoolean("crosscheck.regenerateFixtures")) {
      AtomicFiles.write(fixture, json);
    }
    assertThat(Files.readString(fixture)).isEqualTo(new String(json, StandardCharsets.UTF_8));
  }
}
