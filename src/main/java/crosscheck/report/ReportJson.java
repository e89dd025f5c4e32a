package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** report.json: the source of truth. Pretty-printed, nulls kept, map keys sorted, stable order. */
public final class ReportJson implements ReportFormat {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .changeDefaultPropertyInclusion(
              v -> JsonInclude.Value.construct(JsonInclude.Include.ALWAYS, JsonInclude.Include.ALWAYS))
          .build();

  /** The shared mapper for report-shaped JSON (also used by extract's JSONL). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  @Override
  public String id() {
    return "json";
  }

  @Override
  public String fileName() {
    return "report.json";
  }

  @Override
  public byte[] render(Report report) {
    byte[] body = MAPPER.writeValueAsBytes(report);
    byte[] out = new byte[body.length + 1];
    System.arraycopy(body, 0, out, 0, body.length);
    out[body.length] = '\n';
    return out;
  }

  /**
   * Reads a report written by this tool.
   *
   * @throws IOException when the file cannot be read or is not a report
   */
  public static Report read(Path file) throws IOException {
    try {
      Report r = MAPPER.readValue(Files.readAllBytes(file), Report.class);
      if (r == null || r.formatVersion() != Report.FORMAT_VERSION) {
        throw new IOException(file + ": not a crosscheck report of format version " + Report.FORMAT_VERSION);
      }
      return r;
    } catch (JacksonException e) {
      throw new IOException(file + ": not a valid report: " + e.getOriginalMessage(), e);
    }
  }
}
