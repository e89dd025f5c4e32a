package crosscheck.claim;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/entities.yaml: one canonical entity and the words that name it.
 *
 * @param name the canonical id claims use ("China")
 * @param aliases names, demonyms, capitals, institutions ("Beijing", "PRC", "Chinese", "PLA")
 * @param weak words that name it only when they modify the measured thing ("global" in "global
 *     defence spending"), never as a sentence's subject on their own
 * @param notAliases longer names that contain an alias but are something else ("South China Sea")
 */
public record EntityRule(
    String id,
    String description,
    String name,
    List<String> aliases,
    List<String> weak,
    List<String> notAliases,
    List<RuleExample> examples)
    implements Rule {
  public EntityRule {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("an entity needs a name");
    }
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    weak = weak == null ? List.of() : List.copyOf(weak);
    notAliases = notAliases == null ? List.of() : List.copyOf(notAliases);
  }
}
