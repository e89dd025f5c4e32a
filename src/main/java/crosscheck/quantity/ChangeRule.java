package crosscheck.quantity;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/changes.yaml: words that make the number a change rather than a level.
 *
 * @param verbs written right before the number, optionally with "by" ("rose 7.2%", "fell by 1.7%")
 * @param nouns written before the number with "of" ("an increase of 3.2 percent") or right after
 *     it ("a 3.2 percent increase")
 * @param byVerbs verbs that make a change only with "by" ("raised by 2%", but "raised €2bn")
 * @param moves words that, a few words before "from A to B" in the same clause, make it a move
 *     between two levels ("raising the target from 2% to 5%") rather than a range ("from 5 to 10
 *     kg"); the rule's verbs, byVerbs and nouns count as such words too
 * @param direction {@code up} or {@code down}; {@code none} for a rule of direction-free move
 *     words only ("went from 5 to 10")
 */
public record ChangeRule(
    String id,
    String description,
    List<String> verbs,
    List<String> nouns,
    List<String> byVerbs,
    List<String> moves,
    String direction,
    List<RuleExample> examples)
    implements Rule {
  public ChangeRule {
    verbs = verbs == null ? List.of() : List.copyOf(verbs);
    nouns = nouns == null ? List.of() : List.copyOf(nouns);
    byVerbs = byVerbs == null ? List.of() : List.copyOf(byVerbs);
    moves = moves == null ? List.of() : List.copyOf(moves);
    boolean movesOnly = verbs.isEmpty() && nouns.isEmpty() && byVerbs.isEmpty();
    if (movesOnly && moves.isEmpty()) {
      throw new IllegalArgumentException("a change rule needs verbs, nouns or moves");
    }
    if (!"up".equals(direction) && !"down".equals(direction) && !(movesOnly && "none".equals(direction))) {
      throw new IllegalArgumentException("direction must be up or down (none only for a rule of moves), got " + direction);
    }
  }

  Change change() {
    return direction.equals("up") ? Change.UP : Change.DOWN;
  }
}
