package crosscheck.claim;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;

/**
 * A row of rules/predicates.yaml: a predicate of the domain, the verbs and nouns that express it
 * and the objects it takes, each object classed.
 *
 * @param predicate predicate id ("supply", "host-personnel", "joint-exercise")
 * @param verbs verbs that express it ("provide", "send", "sell")
 * @param nouns nouns that express it ("supply", "deliveries", "sale", "contributions")
 * @param objects the objects it takes; an assertion is only made when one is found
 * @param selfContained true when the object alone expresses the predicate ("joint exercises")
 * @param symmetric true when agent and recipient are interchangeable (joint exercises): they are
 *     put in alphabetical order
 * @param blockers words right before a trigger that mean nothing is asserted ("controlled exports
 *     of", "a ban on deliveries" is a polarity matter, "export controls" are not supplies)
 */
public record PredicateRule(
    String id,
    String description,
    String predicate,
    List<String> verbs,
    List<String> nouns,
    List<ObjectTerm> objects,
    Boolean selfContained,
    Boolean symmetric,
    List<String> blockers,
    List<RuleExample> examples)
    implements Rule {
  /**
   * One object of a predicate.
   *
   * @param terms the words for it ("lethal aid", "arms", "weapons")
   * @param object the object id ("weapons")
   * @param objectClass its class ("weapons", "non-lethal", "dual-use", "drones", "personnel")
   * @param onlyExcludes when the text says "only" this object, the class it rules out: "only
   *     non-lethal aid" also denies "weapons"
   */
  public record ObjectTerm(
      List<String> terms, String object, String objectClass, String onlyExcludes) {
    public ObjectTerm {
      if (terms == null || terms.isEmpty() || object == null || objectClass == null) {
        throw new IllegalArgumentException("an object needs terms, object and objectClass");
      }
      terms = List.copyOf(terms);
    }
  }

  public PredicateRule {
    if (predicate == null || predicate.isBlank()) {
      throw new IllegalArgumentException("a predicate rule needs a predicate id");
    }
    verbs = verbs == null ? List.of() : List.copyOf(verbs);
    nouns = nouns == null ? List.of() : List.copyOf(nouns);
    objects = objects == null ? List.of() : List.copyOf(objects);
    if (objects.isEmpty()) {
      throw new IllegalArgumentException("a predicate rule needs objects");
    }
    selfContained = selfContained != null && selfContained;
    symmetric = symmetric != null && symmetric;
    blockers = blockers == null ? List.of() : List.copyOf(blockers);
  }
}
