package crosscheck.ingest;

import crosscheck.ruleset.RuleSet;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Test helper: ingest with the bundled rules. */
final class Ingest {
  static final RuleSet RULES = RuleSet.bundled();

  private Ingest() {}

  static IngestResult paths(Path... paths) {
    return paths(IngestOptions.defaults(), paths);
  }

  static IngestResult paths(IngestOptions options, Path... paths) {
    return new Ingestor(RULES, options).ingest(Arrays.asList(paths));
  }

  static Document one(Path path) {
    List<Document> docs = paths(path).documents();
    if (docs.size() != 1) {
      throw new AssertionError("expected one document from " + path + ", got " + docs.size());
    }
    return docs.get(0);
  }

  static Document text(String text) {
    return new Ingestor(RULES, IngestOptions.defaults()).fromText("1", "-", text);
  }
}
