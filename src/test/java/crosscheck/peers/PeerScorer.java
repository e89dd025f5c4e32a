package crosscheck.peers;

import crosscheck.quantity.Quantity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Scores an extractor on a peer suite. A case passes when the extractor, seen through the
 * suite's view, yields exactly the expected results: the same count and, pairwise in text order,
 * an overlapping span and a value (and unit, where the peer has units) that fits one of the
 * expected readings. Spans must overlap rather than be equal because crosscheck's surface takes
 * in bound words and hedges ("more than $ 247 million") that the peers leave out.
 */
final class PeerScorer {
  private final UnitTable units;

  PeerScorer(UnitTable units) {
    this.units = units;
  }

  Score score(PeerSuite suite, Function<String, List<Quantity>> extractor) {
    int inScope = 0;
    int passed = 0;
    int dropped = 0;
    Map<String, Integer> excluded = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (PeerCase c : suite.cases()) {
      dropped += c.dropped();
      if (!c.inScope()) {
        excluded.merge(c.outOfScope(), 1, Integer::sum);
        continue;
      }
      inScope++;
      List<Got> got;
      try {
        got = new ArrayList<>(suite.view().apply(extractor.apply(c.input())));
      } catch (RuntimeException e) {
        failures.add(describe(c, null, e.toString(), units));
        continue;
      }
      got.sort(Comparator.comparingInt(Got::start));
      if (matches(c.expected(), got)) {
        passed++;
      } else {
        failures.add(describe(c, got, null, units));
      }
    }
    return new Score(suite.name(), suite.cases().size(), inScope, passed, excluded, dropped, failures);
  }

  boolean matches(List<Expected> expected, List<Got> got) {
    if (expected.size() != got.size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!matches(expected.get(i), got.get(i))) {
        return false;
      }
    }
    return true;
  }

  boolean matches(Expected e, Got g) {
    boolean overlaps = g.start() < e.end() && e.start() < g.end();
    return overlaps && e.readings().stream().anyMatch(r -> fits(r, g));
  }

  private boolean fits(Reading r, Got g) {
    if (r.unit() == null) {
      return r.value().sameAs(g.value(), r.compareLowInclusive(), r.compareHighInclusive());
    }
    if (g.unit() == null) {
      return false;
    }
    UnitTable.Base want = units.base(r.unit(), r.value());
    UnitTable.Base have = units.base(g.unit(), g.value());
    return want.dimension().equals(have.dimension())
        && want.value().sameAs(have.value(), r.compareLowInclusive(), r.compareHighInclusive());
  }

  private static String describe(PeerCase c, List<Got> got, String error, UnitTable units) {
    StringBuilder s = new StringBuilder();
    s.append('#').append(c.index()).append("  ").append(c.input().strip()).append('\n');
    if (c.expected().isEmpty()) {
      s.append("  expected: nothing\n");
    }
    for (Expected e : c.expected()) {
      s.append("  expected: ").append(e).append('\n');
    }
    if (error != null) {
      s.append("  got:      extractor threw ").append(error).append('\n');
    } else if (got.isEmpty()) {
      s.append("  got:      nothing\n");
    } else {
      for (Got g : got) {
        s.append("  got:      ").append(g);
        if (g.unit() != null && units.base(g.unit(), g.value()).dimension().startsWith("unknown")) {
          s.append("   [unit not in src/test/resources/peers/units.tsv]");
        }
        s.append('\n');
      }
    }
    return s.toString();
  }
}
