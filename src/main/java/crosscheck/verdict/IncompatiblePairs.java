package crosscheck.verdict;

import crosscheck.verdict.Evidence.Item;
import crosscheck.verdict.Evidence.Pair;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the most incompatible pair of values in linear time: on a line, intervals are pairwise
 * compatible exactly when the highest lower end is below the lowest upper end, so the pair with
 * the largest gap lies among the two highest lows and the two lowest highs.
 */
final class IncompatiblePairs {
  private static final Comparator<Item> TEXT_ORDER =
      Comparator.comparing((Item i) -> i.claim().document()).thenComparingInt(i -> i.claim().start());

  private IncompatiblePairs() {}

  /**
   * The incompatible pair with the largest gap among the two highest lows and two lowest highs;
   * across speakers when {@code acrossSpeakers}, else within the given (one speaker's) items.
   */
  static Optional<Pair> most(List<Item> in, boolean acrossSpeakers) {
    if (in.size() < 2) {
      return Optional.empty();
    }
    List<Item> highLows = top2(in, Comparator.comparingDouble((Item i) -> i.interval().low()).reversed());
    List<Item> lowHighs = top2(in, Comparator.comparingDouble((Item i) -> i.interval().high()));
    Pair best = null;
    for (Item a : highLows) {
      for (Item b : lowHighs) {
        if (a != b && (!acrossSpeakers || !a.speaker().equals(b.speaker()))
            && !a.interval().compatible(b.interval())) {
          Pair p = TEXT_ORDER.compare(a, b) <= 0 ? new Pair(a, b) : new Pair(b, a);
          if (best == null || p.gap() > best.gap()) {
            best = p;
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The first two items in this order (stable: earlier claims win ties). */
  private static List<Item> top2(List<Item> in, Comparator<Item> order) {
    Item first = null;
    Item second = null;
    for (Item i : in) {
      if (first == null || order.compare(i, first) < 0) {
        second = first;
        first = i;
      } else if (second == null || order.compare(i, second) < 0) {
        second = i;
      }
    }
    return second == null ? List.of(first) : List.of(first, second);
  }

  /**
   * The value sets one document stands behind together: each quoted source's values with the
   * document's own, or its own alone. A document quoting two sources that differ reports a
   * conflict; its own voice differing from what it prints is a contradiction of its own.
   */
  static List<List<Item>> byVoice(List<Item> items) {
    Map<String, Map<String, List<Item>>> byDocument = new TreeMap<>();
    for (Item i : items) {
      byDocument.computeIfAbsent(i.claim().document(), k -> new TreeMap<>())
          .computeIfAbsent(i.speaker(), k -> new ArrayList<>()).add(i);
    }
    List<List<Item>> out = new ArrayList<>();
    for (Map.Entry<String, Map<String, List<Item>>> d : byDocument.entrySet()) {
      List<Item> own = d.getValue().getOrDefault(d.getKey() + Speakers.OWN, List.of());
      out.add(own);
      d.getValue().forEach((speaker, said) -> {
        if (!said.equals(own)) {
          List<Item> both = new ArrayList<>(own);
          both.addAll(said);
          out.add(both);
        }
      });
    }
    return out;
  }
}
