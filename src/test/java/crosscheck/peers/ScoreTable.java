package crosscheck.peers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The printed table: one row per peer file, then the scope rules that removed cases. */
final class ScoreTable {
  private ScoreTable() {}

  static String render(List<Score> scores, Ratchet ratchet) {
    StringBuilder s = new StringBuilder();
    s.append("Peer suites: crosscheck quantity extractor (failing cases in target/peers/<file>.failures.txt)\n");
    s.append(String.format(Locale.ROOT, "%-22s %6s %15s %7s %10s %8s%n",
        "file", "cases", "in scope", "passed", "pass rate", "ratchet"));
    for (Score score : scores) {
      s.append(String.format(Locale.ROOT, "%-22s %6d %6d (%5.1f%%) %7d %9.1f%% %7.1f%%%n",
          score.name(), score.cases(), score.inScope(), score.scopeRate(), score.passed(), score.passRate(),
          ratchet.minPassRate(score.name())));
    }
    s.append("Out of scope, by rule:\n");
    for (Score score : scores) {
      for (Map.Entry<String, Integer> e : score.excluded().entrySet()) {
        s.append(String.format(Locale.ROOT, "  %-22s %4d  %s%n", score.name(), e.getValue(), e.getKey()));
      }
    }
    s.append("Peer results crosscheck must not report (bare unit words; years, dates, phone numbers,"
        + " designations; lone number words below ten, which news uses as discourse), scored as 'nothing here':\n");
    for (Score score : scores) {
      s.append(String.format(Locale.ROOT, "  %-22s %4d%n", score.name(), score.dropped()));
    }
    return s.toString();
  }
}
