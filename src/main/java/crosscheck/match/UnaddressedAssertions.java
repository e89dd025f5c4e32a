package crosscheck.match;

import crosscheck.claim.Claim;
import crosscheck.claim.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Assertions that name no recipient ("China has never provided weapons to any warring party").
 * A denial without recipient denies it for everyone, so it joins every fact of the same agent,
 * predicate and class that names a recipient; an affirmation without recipient joins such a fact
 * only when there is exactly one, or exactly one that some source affirms ("continues to supply
 * drones" beside "supplies drones to Russia" and "halted the sale of drones to Ukraine"); else it
 * is unclear whom it is about. What is placed leaves the recipient-less block; a block left empty
 * is dropped.
 */
final class UnaddressedAssertions {
  private UnaddressedAssertions() {}

  /** The one target fact that holds an affirmation, or null when none or several do. */
  private static FactKey onlyAffirmed(Map<FactKey, List<Claim>> blocks, List<FactKey> targets) {
    FactKey found = null;
    for (FactKey t : targets) {
      if (blocks.get(t).stream().anyMatch(c -> c.polarity() == Polarity.AFFIRMED)) {
        if (found != null) {
          return null;
        }
        found = t;
      }
    }
    return found;
  }

  static void place(Map<FactKey, List<Claim>> blocks) {
    Map<String, List<FactKey>> addressed = new HashMap<>();
    List<FactKey> unaddressed = new ArrayList<>();
    for (FactKey k : blocks.keySet()) {
      if ("assertion".equals(k.dimension())) {
        if (k.scope() == null) {
          unaddressed.add(k);
        } else {
          addressed.computeIfAbsent(k.subject() + "|" + k.metric(), x -> new ArrayList<>()).add(k);
        }
      }
    }
    // key order, not hash order: the result must not depend on which other facts share the map
    unaddressed.sort(java.util.Comparator.comparing(FactKey::text));
    for (FactKey k : unaddressed) {
      List<FactKey> targets = addressed.getOrDefault(k.subject() + "|" + k.metric(), List.of());
      if (targets.isEmpty()) {
        continue;
      }
      List<Claim> block = blocks.get(k);
      for (Iterator<Claim> it = block.iterator(); it.hasNext(); ) {
        Claim c = it.next();
        if (c.polarity() == Polarity.NEGATED) {
          targets.forEach(t -> blocks.get(t).add(c));
          it.remove();
        } else {
          FactKey only = targets.size() == 1 ? targets.get(0) : onlyAffirmed(blocks, targets);
          if (only != null) {
            blocks.get(only).add(c);
            it.remove();
          }
        }
      }
      if (block.isEmpty()) {
        blocks.remove(k);
      }
    }
  }
}
