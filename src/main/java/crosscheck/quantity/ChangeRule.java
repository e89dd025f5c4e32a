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
 * @param direction {@code up} or {@code down}
 */
public record ChangeRule(
    String id,
    String description,
    List<String> verbs,
    List<String> nouns,
    List<String> byVerbs,
    String direction,
    List<RuleExample> examples)
    implements Rule {
  public ChangeRule {
    verbs = verbs == null ? List.of() : List.copyOf(verbs);
    nouns = nouns == null ? List.of() : List.copyOf(nouns);
    byVerbs = byVerbs == null ? List.of() : List.copyOf(byVerbs);
    if (verbs.isEmpty() && nouns.isEmpty()) {
      throw new IllegalArgumentException("a change rule needs verbs or nouns");
    }
    if (!"up".equals(direction) && !"down".equals(direction)) {
      throw new IllegalArgumentException("direction must be up or down, got " + direction);
    }
  }

  Change change() {
    return direction.equals("up") ? Change.UP : Change.DOWN;
  }
}
