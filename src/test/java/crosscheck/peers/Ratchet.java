package crosscheck.peers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The floor each peer file must stay at, from {@code src/test/resources/peers/ratchet.properties}:
 * {@code <name>.minPassRate} (percent of in-scope cases) and {@code <name>.minInScope} (so the
 * scope cannot quietly shrink to lift a rate). Raise the numbers when the extractor improves.
 */
final class Ratchet {
  /** The floor: the in-scope set covers at least this percent of each file. */
  static final double MIN_SCOPE_PERCENT = 80.0;

  private final Properties floors;

  Ratchet(Properties floors) {
    this.floors = floors;
  }

  static Ratchet load() {
    Properties floors = new Properties();
    try (InputStream in = Ratchet.class.getResourceAsStream("/peers/ratchet.properties")) {
      if (in == null) {
        throw new IllegalStateException("missing test resource peers/ratchet.properties");
      }
      floors.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Ratchet(floors);
  }

  double minPassRate(String name) {
    return Double.parseDouble(required(name + ".minPassRate"));
  }

  int minInScope(String name) {
    return Integer.parseInt(required(name + ".minInScope"));
  }

  /** What is wrong with a score, one line each; empty when it holds the line. */
  List<String> violations(Score score) {
    List<String> problems = new ArrayList<>();
    if (score.passRate() + 1e-9 < minPassRate(score.name())) {
      problems.add(String.format(java.util.Locale.ROOT, "%s: pass rate %.1f%% fell below the ratchet %.1f%% (see target/peers/%s.failures.txt)",
          score.name(), score.passRate(), minPassRate(score.name()), score.name()));
    }
    if (score.inScope() < minInScope(score.name())) {
      problems.add(score.name() + ": " + score.inScope() + " cases in scope, below the ratchet's " + minInScope(score.name()));
    }
    if (score.scopeRate() < MIN_SCOPE_PERCENT) {
      problems.add(String.format(java.util.Locale.ROOT, "%s: only %.1f%% of the cases in scope, below %.0f%%",
          score.name(), score.scopeRate(), MIN_SCOPE_PERCENT));
    }
    return problems;
  }

  private String required(String key) {
    String value = floors.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("ratchet.properties has no " + key);
    }
    return value.trim();
  }
}
