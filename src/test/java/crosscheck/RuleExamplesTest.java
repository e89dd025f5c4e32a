package crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The one generic test that runs every example of every rule file (as LanguageTool's
 * PatternRuleTest does), so a rule cannot drift from its examples.
 */
class RuleExamplesTest {
  private static final RuleSet RULES = RuleSet.bundled();

  @Test
  void everyRuleFileHasARunner() throws Exception {
    assertThat(runners().keySet()).containsExactlyInAnyOrderElementsOf(ruleFiles());
  }

  @TestFactory
  Stream<DynamicNode> everyExampleOfEveryRuleHolds() throws Exception {
    List<DynamicNode> files = new ArrayList<>();
    for (RuleExampleRunner runner : runners().values()) {
      List<DynamicNode> rules = new ArrayList<>();
      for (Rule rule : runner.load(RULES).rules()) {
        List<DynamicTest> examples = new ArrayList<>();
        int n = 0;
        for (RuleExample ex : rule.examples()) {
          n++;
          String name = (ex.shouldFire() ? "fires on: " : "ignores: ") + abbreviate(ex.text());
          examples.add(
              DynamicTest.dynamicTest(
                  "#" + n + " " + name,
                  () -> assertThat(runner.check(RULES, rule, ex))
                      .as("%s %s example %s", runner.file(), rule.id(), ex)
                      .isNull()));
        }
        rules.add(DynamicContainer.dynamicContainer(rule.id(), examples));
      }
      files.add(DynamicContainer.dynamicContainer("rules/" + runner.file() + ".yaml", rules));
    }
    return files.stream();
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  static List<String> ruleFiles() throws IOException {
    try (Stream<Path> s = Files.list(Path.of("rules"))) {
      return s.map(p -> p.getFileName().toString())
          .filter(f -> f.endsWith(".yaml"))
          .map(f -> f.substring(0, f.length() - 5))
          .sorted()
          .toList();
    }
  }

  /** Every class named *RuleExamples on the test class path that implements the runner. */
  static Map<String, RuleExampleRunner> runners() throws IOException, URISyntaxException, ReflectiveOperationException {
    Path root = Path.of(RuleExamplesTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Map<String, RuleExampleRunner> found = new TreeMap<>();
    List<Path> classes;
    try (Stream<Path> s = Files.walk(root)) {
      classes = s.filter(p -> p.getFileName().toString().endsWith("RuleExamples.class")).sorted().toList();
    }
    for (Path p : classes) {
      String name = root.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
      Class<?> c = Class.forName(name);
      if (RuleExampleRunner.class.isAssignableFrom(c)) {
        var ctor = c.getDeclaredConstructor();
        ctor.setAccessible(true);
        RuleExampleRunner r = (RuleExampleRunner) ctor.newInstance();
        found.put(r.file(), r);
      }
    }
    return found;
  }
}
