package crosscheck.claim;

/**
 * A factual (non-numeric) assertion: agent - predicate - object (- recipient).
 *
 * @param agent canonical entity id of who does it ("China")
 * @param predicate predicate id from rules/predicates.yaml ("supply", "train", "joint-exercise")
 * @param object what is supplied or done, as classed by the rule file ("drones", "weapons")
 * @param objectClass the object's class ("weapons", "non-lethal", "dual-use", "personnel", ...)
 * @param recipient canonical entity id of the recipient ("Russia"), or null
 */
public record Assertion(
    String agent, String predicate, String object, String objectClass, String recipient) {}
