package crosscheck.match;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * One row of rules/object-classes.yaml: a class of things an assertion's object can be, the
 * words that name it, and the broader class it lies within ("drones" within "weapons").
 *
 * @param id rule id
 * @param description what the class is
 * @param name the class id used in fact keys ("drones")
 * @param terms lower-case words and phrases that name it ("uavs", "kamikaze drones")
 * @param within the broader class, or null for a top class
 * @param examples text: an object phrase; expect: its class chain "drones < weapons"
 */
public record ObjectClassRule(
    String id, String description, String name, List<String> terms, String within, List<RuleExample> examples)
    implements Rule {
  public ObjectClassRule {
    terms = terms == null ? List.of() : List.copyOf(terms);
    examples = examples == null ? List.of() : List.copyOf(examples);
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is missing");
    }
  }
}
