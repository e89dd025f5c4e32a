package crosscheck.peers;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring one peer file.
 *
 * @param excluded out-of-scope case counts by the rule's reason
 * @param dropped peer results crosscheck must not report (see {@link PeerCase#dropped()})
 */
record Score(String name, int cases, int inScope, int passed, Map<String, Integer> excluded, int dropped,
    List<String> failures) {
  Score {
    excluded = Collections.unmodifiableSortedMap(new TreeMap<>(excluded)); // printed in a stable order
    failures = List.copyOf(failures);
  }

  /** Percent of the in-scope cases that pass. */
  double passRate() {
    return inScope == 0 ? 0 : 100.0 * passed / inScope;
  }

  /** Percent of the file's cases that are in scope. */
  double scopeRate() {
    return cases == 0 ? 0 : 100.0 * inScope / cases;
  }
}
