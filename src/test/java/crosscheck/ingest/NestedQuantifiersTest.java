package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.ruleset.RuleException;
import crosscheck.ruleset.RuleSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** User rule patterns that could backtrack catastrophically are refused when the rules load. */
class NestedQuantifiersTest {
  @ParameterizedTest
  @ValueSource(strings = {"(a+)+", "(\\w*\\s?)*$", "(?:x|y+){2,}", "((ab)*c)+", "(?:[a-z]+ ){1,9}"})
  void nestedRepetitionIsFound(String regex) {
    assertThat(NestedQuantifiers.found(regex)).as(regex).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"^[Bb]y \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,5}$", "(?i)^get\\b.{0,200}?\\binbox\\b",
      "(ab)+", "(?:a+)?", "[(a+)+]"})
  void safeShapesPass(String regex) {
    assertThat(NestedQuantifiers.found(regex)).as(regex).isFalse();
  }

  @Test
  void ruleFileWithACatastrophicPatternIsARuleError(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("boilerplate.yaml"), """
        rules:
          - id: BAD
            description: nests quantifiers
            pattern: '^(\\w+\\s?)*$'
            examples:
              - {text: "a b c"}
              - {text: "!", fires: false}
        """);
    assertThatThrownBy(() -> RuleSet.withOverrides(dir).table("boilerplate", BoilerplateRule.class))
        .isInstanceOf(RuleException.class)
        .hasMessageContaining("BAD")
        .hasMessageContaining("nests quantifiers");
  }
}
