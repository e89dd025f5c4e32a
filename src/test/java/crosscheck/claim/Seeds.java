package crosscheck.claim;

import crosscheck.ingest.Document;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The seed articles as documents with their manifest's outlet and date. Seed 001's mojibake (UTF-8
 * read as GBK) is repaired here the way the ingest stage will; an outlet of "unknown" is unknown.
 */
final class Seeds {
  static final Path DIR = Path.of("fixtures/seeds");

  private Seeds() {}

  static Map<String, Document> load() {
    return load(DIR, "documents");
  }

  /**
   * The documents of a folder with a manifest.json of shape
   * {"documents":[{file,outlet,published}]}.
   */
  static Map<String, Document> load(Path dir, String key) {
    try {
      JsonNode manifest =
          new ObjectMapper().readTree(Files.readString(dir.resolve("manifest.json")));
      Map<String, Document> docs = new LinkedHashMap<>();
      for (JsonNode d : manifest.get(key)) {
        String file = d.get("file").asString();
        String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
        if (text.contains("\u9225")) {
          text = new String(text.getBytes(Charset.forName("GBK")), StandardCharsets.UTF_8);
        }
        String outlet = d.path("outlet").asString(null);
        if ("unknown".equals(outlet)) {
          outlet = null;
        }
        docs.put(
            file, ClaimHarness.document(file, text, outlet, d.path("published").asString(null)));
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
