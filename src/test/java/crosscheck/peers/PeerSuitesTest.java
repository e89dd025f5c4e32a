package crosscheck.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crosscheck.quantity.Quantity;
import crosscheck.quantity.QuantityExtractor;
import crosscheck.ruleset.RuleSet;
import crosscheck.text.Sentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the quantity extractor on the peer suites in fixtures/peers and holds each file at the
 * level it has reached (src/test/resources/peers/ratchet.properties). Re-run alone with
 * {@code mvn -o -q test -Dtest=PeerSuitesTest}, one file with {@code -Dpeers=CurrencyModel}; the
 * table is printed and written to target/peers/summary.txt, the failing cases to
 * target/peers/<file>.failures.txt.
 */
class PeerSuitesTest {
  private static final List<Score> SCORES = new ArrayList<>();
  private static final Ratchet RATCHET = Ratchet.load();

  /** The extractor as the pipeline calls it: one sentence that is the whole document. */
  static Function<String, List<Quantity>> crosscheck() {
    QuantityExtractor extractor = new QuantityExtractor(RuleSet.bundled());
    return text -> extractor.extract(new Sentence(0, 0, text.length(), text));
  }

  static List<PeerSuite> suites(UnitTable units) {
    List<PeerSuite> suites = new ArrayList<>(RecognizersModels.all(PeerFiles.fixtures(), units));
    suites.add(QuantulumSuite.load(PeerFiles.fixtures(), units));
    return suites;
  }

  @BeforeAll
  static void scoreEveryPeerFile() throws IOException {
    UnitTable units = UnitTable.load();
    PeerScorer scorer = new PeerScorer(units);
    Function<String, List<Quantity>> extractor = crosscheck();
    Files.createDirectories(PeerFiles.OUTPUT);
    String only = System.getProperty("peers", "");
    for (PeerSuite suite : suites(units)) {
      if (!only.isBlank() && !suite.name().equalsIgnoreCase(only)) {
        continue;
      }
      Score score = scorer.score(suite, extractor);
      SCORES.add(score);
      Files.writeString(PeerFiles.OUTPUT.resolve(suite.name() + ".failures.txt"),
          "# " + suite.path() + ": " + score.failures().size() + " failing in-scope cases\n\n"
              + String.join("\n", score.failures()), StandardCharsets.UTF_8);
    }
    String table = ScoreTable.render(SCORES, RATCHET);
    Files.writeString(PeerFiles.OUTPUT.resolve("summary.txt"), table, StandardCharsets.UTF_8);
    System.out.print(table);
  }

  @Test
  void everyPeerFileIsScored() {
    assumeTrue(System.getProperty("peers", "").isBlank(), "one file asked for with -Dpeers");
    assertThat(SCORES).extracting(Score::name).containsExactly("NumberModel", "NumberRangeModel",
        "PercentModel", "CurrencyModel", "DimensionModel", "quantulum3-quantities");
  }

  @Test
  void passRatesAndScopeStayAtOrAboveTheRatchet() {
    List<String> problems = new ArrayList<>();
    for (Score score : SCORES) {
      problems.addAll(RATCHET.violations(score));
    }
    assertThat(SCORES).as("no peer file named by -Dpeers").isNotEmpty();
    assertThat(problems).as("peer suites below their ratchet").isEmpty();
  }
}
