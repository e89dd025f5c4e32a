package crosscheck.ruleset;

import java.util.List;
import java.util.Optional;

/**
 * The validated rules of one concern (one file), bundled defaults merged with user overrides, in
 * file order.
 *
 * @param name the file's base name, e.g. "units"
 * @param description what the file is about
 * @param rules the rules, ids unique
 */
public record RuleTable<R extends Rule>(String name, String description, List<R> rules) {
  public RuleTable {
    rules = List.copyOf(rules);
  }

  public Optional<R> byId(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }
}
