package crosscheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.match.Corpus;
import crosscheck.match.FactMatcher;
import crosscheck.ruleset.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seeds' factual_assertions verdicts (fixtures/seeds/expected.yaml), over the real seed
 * articles with the claims a careful claim extractor gives for their sentences (built here while
 * the claim stage lives on another branch): who affirms and who denies, with attribution.
 */
class SeedAssertionsTest {
  private static final RuleSet RULES = RuleSet.bundled();
  private static List<Fact> facts;

  @BeforeAll
  static void judgeSeeds() throws IOException {
    Corpus c = new Corpus()
        .article("000", "Gatestone Institute", "2023-03", seed("000_dbd79e22ba8e6035.txt"))
        .article("001", "WTOP", "2025", seed("001_6a370937ff382b5f.txt"))
        .article("002", "The Epoch Times", "2025-06", seed("002_916a2b84a0e86218.txt"))
        .article("003", null, "2024-05", seed("003_668af276d21bc4e5.txt"))
        .article("004", null, "2024-04", seed("004_a74d599b4b05ab5e.txt"));
    c.statedAssertion("000", "mass production of kamikaze drones for Russia", "China", "supply", "kamikaze drones", "weapons", true, "Der Spiegel");
    c.statedAssertion("000", "only prepared to provide Moscow with non-lethal aid", "China", "supply", "weapons", "weapons", false, "Beijing's official position");
    c.statedAssertion("001", "not making direct military deliveries to Russia", "China", "supply", "direct military deliveries", "weapons", false, "Eastern European intelligence official");
    c.statedAssertion("001", "dual-use goods", "China", "supply", "high-value-added and dual-use goods", "dual-use", true, "the intelligence official");
    c.statedAssertion("001", "joint military exercises", "China", "joint-exercise", "joint military exercises", "exercises", true, null);
    c.statedAssertion("002", "continues to provide relevant military supplies to Russia", "China", "supply", "military supplies", "weapons", true, "Zelensky");
    c.statedAssertion("002", "multiple drone production lines", "China", "supply", "drone technology", "weapons", true, "Zelensky");
    c.statedAssertion("002", "has never provided weapons to any warring party", "China", "supply", "weapons", "weapons", false, "Guo Jiakun");
    c.statedAssertion("003", "China has not directly provided weapons to Russia", "China", "supply", "weapons", "weapons", false, null);
    c.statedAssertion("003", "its role in supplying technology", "China", "supply", "technology", "dual-use", true, null);
    c.statedAssertion("003", "joint military exercises", "China", "joint-exercise", "joint military exercises", "exercises", true, null);
    c.statedAssertion("004", "The assistance includes drones", "China", "supply", "drones", "weapons", true, "senior US officials");
    c.statedAssertion("004", "machine tools crucial", "China", "supply", "machine tools", "dual-use", true, "senior US officials");
    c.statedQuantity("002", "around 600 military personnel", "China", "personnel-sent", "2025", "Ukrainian intelligence");
    c.statedQuantity("002", "600 military personnel dispatched", "China", "personnel-sent", "2025", "Ukrainian intelligence");
    facts = new Judge(RULES).judge(c.documents(), new FactMatcher(RULES).match(c.documents(), c.claims()));
  }

  private static String seed(String file) throws IOException {
    return Files.readString(Path.of("fixtures/seeds", file), StandardCharsets.UTF_8);
  }

  private static Fact fact(String metric) {
    return facts.stream().filter(f -> f.key().metric().equals(metric)).findFirst().orElseThrow();
  }

  @Test
  void weaponsSupplyIsDisputedWithBothSidesAttributions() {
    Fact f = fact("supply:weapons");
    assertThat(f.verdict()).isEqualTo(Verdict.DISPUTED);
    assertThat(f.reason())
        .startsWith("Affirmed by ")
        .contains("Zelensky via The Epoch Times", "senior US officials via 004", "Der Spiegel via Gatestone Institute")
        .contains("denied by ")
        .contains("Guo Jiakun via The Epoch Times", "Eastern European intelligence official via WTOP", "Beijing's official position via Gatestone Institute", "003");
  }

  @Test
  void dronesAreAgreedByThreeIndependentSources() {
    Fact f = fact("supply:drones");
    assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(f.independentSources()).isEqualTo(3);
  }

  @Test
  void dualUseGoodsAreAgreed() {
    Fact f = fact("supply:dual-use");
    assertThat(f.verdict()).isEqualTo(Verdict.AGREEMENT);
    assertThat(f.sources()).isEqualTo(3);
  }

  @Test
  void jointExercisesAreAgreed() {
    assertThat(fact("joint-exercise:exercises").verdict()).isEqualTo(Verdict.AGREEMENT);
  }

  @Test
  void sixHundredPersonnelRestOnOneSource() {
    Fact f = fact("personnel-sent");
    assertThat(f.verdict()).isEqualTo(Verdict.SINGLE_SOURCE);
    assertThat(f.reason()).isEqualTo("1 outlet, 1 independent source: The Epoch Times.");
  }
}
