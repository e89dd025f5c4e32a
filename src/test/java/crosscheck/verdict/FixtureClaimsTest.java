package crosscheck.verdict;

import crosscheck.match.Corpus;
import crosscheck.match.FactMatcher;
import crosscheck.ruleset.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The verdict fixture corpus with the claims a claim extractor gives for its sentences, built here
 * (the claim stage lives on another branch): the matcher and judge must give every folder the
 * verdicts of fixtures/verdicts/expected.yaml. {@link FixtureVerdictsTest} runs the same
 * expectations end to end once the stages are merged.
 */
class FixtureClaimsTest {
  private static final RuleSet RULES = RuleSet.bundled();

  /** The claims of each folder: (article stem, surface, subject, metric, time, attribution). */
  private static final Map<String, Consumer<Corpus>> CLAIMS = Map.ofEntries(
      Map.entry("agreement", c -> {
        c.statedQuantity("a", "$2.4 trillion", "world", "military-spending", "2023", "Stockholm International Peace Research Institute");
        c.statedQuantity("b", "$2.43 trillion", "world", "military-spending", "2023", "Stockholm International Peace Research Institute");
        c.statedQuantity("c", "approximately $2.4 trillion", "world", "military-spending", "2023", "analysts at a Washington think tank");
      }),
      Map.entry("conflict", c -> {
        c.statedQuantity("a", "$118.4 billion", "Russia", "defence-budget", "2024", "finance ministry draft budget documents");
        c.statedQuantity("b", "$112 billion", "Russia", "defence-budget", "2024", "a Western think tank");
      }),
      Map.entry("qualifier-conflict", c -> {
        c.statedQuantity("a", "over 500 km", "Russia", "missile-range", null, "Lithuanian defence officials");
        c.statedQuantity("b", "up to 500 km", "Russia", "missile-range", null, "military analysts");
      }),
      Map.entry("update", c -> {
        c.statedQuantity("a", "7,031 civilians", "Ukraine", "civilians-killed", null, "United Nations human rights office");
        c.statedQuantity("b", "9,177", "Ukraine", "civilians-killed", null, "United Nations human rights monitoring mission");
      }),
      Map.entry("revision", c -> {
        c.statedQuantity("a", "1,200 people", "dam collapse", "killed", null, "officials in the flooded province");
        c.statedQuantity("b", "846", "dam collapse", "killed", null, "provincial authorities");
      }),
      Map.entry("single-source", c -> {
        for (String doc : List.of("wire", "copy1", "copy2")) {
          c.statedQuantity(doc, "around 600 military personnel", "China", "personnel-sent", "2025", "Ukraine's defence intelligence agency");
          c.statedAssertion(doc, "is sending around 600 military personnel", "China", "send-personnel", "personnel", "personnel", true,
              "Ukraine's defence intelligence agency");
        }
      }),
      Map.entry("disputed", c -> {
        c.statedAssertion("a", "supplying drones and missile technology", "China", "supply", "drones", "weapons", true, "senior US officials");
        c.statedAssertion("b", "has never provided weapons to any party", "China", "supply", "weapons", "weapons", false, "Wang Wenbin");
        c.statedAssertion("c", "continues to supply weapons to Russia", "China", "supply", "weapons", "weapons", true, "Volodymyr Zelensky");
      }),
      Map.entry("internal-inconsistency", c -> {
        c.statedQuantity("a", "about 100,000 troops", "Russia", "troops-near-border", "2021-12", null);
        c.statedQuantity("a", "120,000 troops", "Russia", "troops-near-border", "2021-12", null);
      }),
      Map.entry("not-comparable", c -> {
        c.statedQuantity("a", "£64.6 billion", "United Kingdom", "defence-budget", "2024", "the Treasury");
        c.statedQuantity("b", "$82 billion", "United Kingdom", "defence-budget", "2024", "the Treasury");
      }),
      Map.entry("scale-slip", c -> {
        c.statedQuantity("a", "$300 million", "China", "dual-use-exports-to-russia", null, "an Eastern European intelligence official");
        c.statedQuantity("b", "$300 billion", "China", "dual-use-exports-to-russia", null, "an intelligence official in Eastern Europe");
      }),
      Map.entry("traps", c -> {
        c.statedQuantity("budget", "$80 billion", "China", "defence-budget", "2024", "the finance ministry");
        c.statedQuantity("trade", "$80 billion", "China", "trade-with-kazakhstan", "2024", null);
        c.statedQuantity("budget", "$231 billion", "China", "security-spending", "2024", "the finance ministry");
        c.statedQuantity("budget", "$224 billion", "China", "security-spending", "2023", "the finance ministry");
        c.statedQuantity("budget", "5,000 units of equipment", "Russia", "equipment-received", null, "a customs study");
        c.statedQuantity("trade", "5,000 armoured vehicles", "Russia", "equipment-received", null, "Ukrainian intelligence");
      }));

  @TestFactory
  Stream<DynamicTest> everyFixtureFolderGetsItsExpectedVerdictsFromItsClaims() {
    JsonNode groups = ExpectedVerdicts.groups();
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> g : groups.properties()) {
      tests.add(DynamicTest.dynamicTest(g.getKey(), () -> check(g.getKey(), g.getValue())));
    }
    return tests.stream();
  }

  private static void check(String folder, JsonNode expected) throws IOException {
    var dir = ExpectedVerdicts.ROOT.resolve(folder);
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    Corpus corpus = new Corpus();
    for (JsonNode d : manifest.get("documents")) {
      String file = d.get("file").asString();
      corpus.article(file.substring(0, file.lastIndexOf('.')), d.get("outlet").asString(), d.get("published").asString(),
          Files.readString(dir.resolve(file)));
    }
    CLAIMS.get(folder).accept(corpus);
    var docs = corpus.documents();
    List<Fact> facts = new Judge(RULES).judge(docs, new FactMatcher(RULES).match(docs, corpus.claims()));
    Map<String, String> paths = new HashMap<>();
    docs.forEach(d -> paths.put(d.id(), d.path()));
    ExpectedVerdicts.check(folder, expected, paths, corpus.claims(), facts);
  }
}
