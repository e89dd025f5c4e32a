package crosscheck.peers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A Recognizers-Text spec case as the file states it (see fixtures/peers/recognizers-text/README.txt).
 *
 * @param notSupported the platforms of "NotSupported" and "NotSupportedByDesign" together
 */
record RecognizersCase(int index, String input, String notSupported, List<Result> results) {
  /** One expected result; {@code end} is exclusive (the file's End is inclusive). */
  record Result(String text, int start, int end, String value, String unit, String isoCurrency, String subtype) {}

  static List<RecognizersCase> read(Path file) {
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (json.startsWith("\uFEFF")) {
      json = json.substring(1); // the upstream files are UTF-8 with a byte order mark
    }
    List<RecognizersCase> cases = new ArrayList<>();
    for (JsonNode node : JsonMapper.builder().build().readTree(json)) {
      List<Result> results = new ArrayList<>();
      for (JsonNode r : node.path("Results")) {
        JsonNode res = r.path("Resolution");
        results.add(new Result(r.path("Text").asString(), r.path("Start").asInt(), r.path("End").asInt() + 1,
            text(res.path("value")), text(res.path("unit")), text(res.path("isoCurrency")), text(res.path("subtype"))));
      }
      String notSupported = node.path("NotSupported").asString("") + "," + node.path("NotSupportedByDesign").asString("");
      cases.add(new RecognizersCase(cases.size(), node.path("Input").asString(), notSupported, results));
    }
    return cases;
  }

  /** The peer writes a missing value as JSON null or as the string "null". */
  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() || node.asString().equals("null") ? null : node.asString();
  }
}
