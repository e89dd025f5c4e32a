package crosscheck.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetTest {
  /** A rule type of the test's own: the ruleset must work with any stage's record. */
  record WordRule(String id, String description, String word, List<RuleExample> examples)
      implements Rule {}

  @TempDir Path dir;

  private static final String GOOD =
      """
      description: words
      rules:
        - id: HELLO_WORD
          description: finds hello
          word: hello
          examples:
            - {text: "hello there"}
            - {text: "goodbye", fires: false}
      """;

  private RuleSet withFile(String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content);
    return RuleSet.withOverrides(dir);
  }

  @Test
  void readsTypedRulesWithTheirExamples() throws IOException {
    RuleTable<WordRule> t = withFile("words.yaml", GOOD).table("words", WordRule.class);
    assertThat(t.rules()).singleElement().satisfies(r -> {
      assertThat(r.word()).isEqualTo("hello");
      assertThat(r.examples()).extracting(RuleExample::shouldFire).containsExactly(true, false);
    });
  }

  @Test
  void misspeltKeyIsAnErrorNamingFileAndRule() throws IOException {
    RuleSet rules = withFile("words.yaml", GOOD.replace("word: hello", "wrod: hello"));
    assertThatThrownBy(() -> rules.table("words", WordRule.class))
        .isInstanceOf(RuleException.class)
        .hasMessageContaining("words.yaml")
        .hasMessageContaining("HELLO_WORD")
        .hasMessageContaining("wrod");
  }

  @Test
  void duplicateIdIsAnError() throws IOException {
    String twice = GOOD + GOOD.substring(GOOD.indexOf("  - id"));
    RuleSet rules = withFile("words.yaml", twice);
    assertThatThrownBy(() -> rules.table("words", WordRule.class))
        .isInstanceOf(RuleException.class)
        .hasMessageContaining("duplicate id HELLO_WORD");
  }

  @Test
  void ruleWithoutANegativeExampleIsAnError() throws IOException {
    RuleSet rules = withFile("words.yaml", GOOD.lines().filter(l -> !l.contains("goodbye")).collect(java.util.stream.Collectors.joining("\n")));
    assertThatThrownBy(() -> rules.table("words", WordRule.class))
        .isInstanceOf(RuleException.class)
        .hasMessageContaining("does not fire");
  }

  @Test
  void lowerCaseIdIsAnError() throws IOException {
    RuleSet rules = withFile("words.yaml", GOOD.replace("HELLO_WORD", "hello-word"));
    assertThatThrownBy(() -> rules.table("words", WordRule.class))
        .hasMessageContaining("UPPER_SNAKE");
  }

  @Test
  void brokenYamlIsAnError() throws IOException {
    RuleSet rules = withFile("words.yaml", "rules: [ {id: X\n");
    assertThatThrownBy(() -> rules.table("words", WordRule.class))
        .isInstanceOf(RuleException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void unknownTopLevelKeyIsAnError() throws IOException {
    RuleSet rules = withFile("words.yaml", "rule:\n" + GOOD.substring(GOOD.indexOf("  - id")));
    assertThatThrownBy(() -> rules.table("words", WordRule.class))
        .hasMessageContaining("unknown top-level key");
  }

  @Test
  void exampleSpanMustBeInItsText() throws IOException {
    RuleSet rules = withFile("words.yaml", GOOD.replace("{text: \"hello there\"}", "{text: \"hello there\", span: \"bye\"}"));
    assertThatThrownBy(() -> rules.table("words", WordRule.class))
        .hasMessageContaining("span 'bye' is not in its text");
  }

  @Test
  void missingRulesFolderIsAnError() {
    assertThatThrownBy(() -> RuleSet.withOverrides(dir.resolve("nope")))
        .isInstanceOf(RuleException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void userFilesNoStageAskedForAreListed() throws IOException {
    RuleSet rules = withFile("words.yaml", GOOD);
    Files.writeString(dir.resolve("wrods.yaml"), GOOD);
    rules.table("words", WordRule.class);
    assertThat(rules.unusedUserFiles()).containsExactly("wrods.yaml");
  }

  @Test
  void fingerprintChangesWithAnyRuleFile() throws IOException {
    RuleSet a = withFile("words.yaml", GOOD);
    a.table("words", WordRule.class);
    String before = a.fingerprint();
    RuleSet b = withFile("words.yaml", GOOD.replace("finds hello", "finds hello!"));
    b.table("words", WordRule.class);
    assertThat(b.fingerprint()).isNotEqualTo(before).hasSize(64);
  }
}
