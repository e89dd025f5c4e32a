package crosscheck.verdict;

import crosscheck.ingest.IngestOptions;
import crosscheck.pipeline.CheckOptions;
import crosscheck.pipeline.Pipeline;
import crosscheck.report.Report;
import crosscheck.ruleset.RuleSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;

/**
 * End to end over fixtures/verdicts: each folder (one verdict, or the matching traps) goes through
 * the whole pipeline and its facts must be those of fixtures/verdicts/expected.yaml (format in its
 * header). Needs the quantity and claim stages, which are built on other branches.
 */
class FixtureVerdictsTest {
  private static final Path ROOT = ExpectedVerdicts.ROOT;

  @TestFactory
  Stream<DynamicTest> everyFixtureFolderGetsItsExpectedVerdicts() throws Exception {
    JsonNode groups = ExpectedVerdicts.groups();
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> g : groups.properties()) {
      tests.add(DynamicTest.dynamicTest(g.getKey(), () -> check(g.getKey(), g.getValue())));
    }
    return tests.stream();
  }

  private static void check(String folder, JsonNode expected) {
    Report report = new Pipeline(RuleSet.bundled())
        .run(new CheckOptions(List.of(ROOT.resolve(folder)), IngestOptions.defaults(), 1, FailOn.NONE));
    Map<String, String> paths = new HashMap<>();
    report.documents().forEach(d -> paths.put(d.id(), d.path()));
    ExpectedVerdicts.check(folder, expected, paths, report.claims(), report.facts());
  }
}
