package crosscheck.claim;

import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Finds the entities of rules/entities.yaml in a token window and gives their canonical names. */
final class EntityFinder {
  /** An entity named at tokens {@code from..to}. */
  record Found(int from, int to, String name, String rule, boolean weak) {}

  static final Set<String> PREPOSITIONS =
      Set.of(
          "to", "with", "from", "for", "against", "of", "by", "on", "in", "into", "between",
          "toward", "towards", "at", "over", "via", "about");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her");

  private final PhraseIndex<Found> index = new PhraseIndex<>(true);

  EntityFinder(RuleSet rules) {
    RuleTable<EntityRule> table = rules.table("entities", EntityRule.class);
    for (EntityRule r : table.rules()) {
      index.addAll(r.aliases(), new Found(0, 0, r.name(), r.id(), false));
      index.addAll(r.weak(), new Found(0, 0, r.name(), r.id(), true));
      index.addAll(r.notAliases(), new Found(0, 0, null, r.id(), false));
    }
  }

  /** Every entity mention of the tokens, in order; names that are something else are skipped. */
  List<Found> find(Tokens t) {
    List<Found> out = new ArrayList<>();
    for (PhraseIndex.Hit<Found> h : index.findAll(t, 0, t.size)) {
      Found v = h.value();
      if (v.name() != null) {
        out.add(new Found(h.from(), h.to(), v.name(), v.rule(), v.weak()));
      }
    }
    return out;
  }

  /** Whether the mention is the object of a preposition ("to Russia", "with the Kremlin"). */
  static boolean governedByPreposition(Tokens t, Found f) {
    return governed(t, f.from(), 2);
  }

  /**
   * The word before {@code at} (past determiners) is a preposition, or "and" after a governed word.
   */
  private static boolean governed(Tokens t, int at, int depth) {
    int k = at - 1;
    while (k >= 0 && DETERMINERS.contains(t.lower[k])) {
      k--;
    }
    if (k >= 0 && PREPOSITIONS.contains(t.lower[k])) {
      return true;
    }
    return depth > 0 && k >= 1 && t.lower[k].equals("and") && governed(t, k - 1, depth - 1);
  }
}
