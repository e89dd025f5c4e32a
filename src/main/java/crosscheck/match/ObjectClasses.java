package crosscheck.match;

import crosscheck.claim.Assertion;
import crosscheck.ruleset.RuleException;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The class hierarchy of assertion objects (rules/object-classes.yaml). An object phrase maps to
 * the class whose term is its longest matching tail ("Chinese kamikaze drones" -> drones; hyphens
 * count as spaces, so the claim stage's object id "dual-use-goods" is "dual-use goods"); a
 * class lies within at most one broader class (drones within weapons). The matcher keys an
 * assertion on its narrowest class and lets an affirmation also count for every broader class
 * that has a fact of its own: supplying drones is supplying weapons. A denial stays on the class
 * it names: "no weapons" is judged on the weapons fact, where it meets the drone affirmations.
 */
public final class ObjectClasses {
  private final Map<String, ObjectClassRule> byName = new HashMap<>();
  private final Map<String, String> classOfTerm = new HashMap<>();
  /** {@link #keyClass} by object and object class: matching asks for every assertion claim on each run. */
  private final Map<java.util.List<String>, String> keyClasses = new java.util.concurrent.ConcurrentHashMap<>();

  public ObjectClasses(RuleSet rules) {
    this(rules.table("object-classes", ObjectClassRule.class));
  }

  public ObjectClasses(RuleTable<ObjectClassRule> table) {
    for (ObjectClassRule r : table.rules()) {
      byName.put(r.name(), r);
      classOfTerm.putIfAbsent(norm(r.name()), r.name());
      r.terms().forEach(t -> classOfTerm.putIfAbsent(norm(t), r.name()));
    }
    for (ObjectClassRule r : table.rules()) {
      if (r.within() != null && !byName.containsKey(r.within())) {
        throw new RuleException("object-classes.yaml", r.id() + ": within unknown class " + r.within());
      }
      if (chain(r.name()).size() > byName.size()) {
        throw new RuleException("object-classes.yaml", r.id() + ": classes form a cycle");
      }
    }
  }

  /** The class a phrase names: its longest tail that is a known term, or null. */
  public String classOf(String phrase) {
    if (phrase == null) {
      return null;
    }
    String p = norm(phrase);
    int i = 0;
    while (true) {
      String hit = classOfTerm.get(p.substring(i));
      if (hit != null) {
        return hit;
      }
      int space = p.indexOf(' ', i);
      if (space < 0) {
        return null;
      }
      i = space + 1;
    }
  }

  /** The narrowest class of an assertion's object: its object phrase, else its object class. */
  public String keyClass(Assertion a) {
    return keyClasses.computeIfAbsent(java.util.Arrays.asList(a.object(), a.objectClass()), k -> narrowest(a));
  }

  private String narrowest(Assertion a) {
    String c = classOf(a.object());
    if (c == null) {
      c = classOf(a.objectClass());
    }
    if (c == null) {
      c = (a.objectClass() != null ? a.objectClass() : String.valueOf(a.object())).toLowerCase(Locale.ROOT).strip();
    }
    return c;
  }

  /** The class and every broader class, narrowest first (a lone unknown class gives itself). */
  public List<String> chain(String name) {
    List<String> out = new ArrayList<>();
    String c = name;
    while (c != null && out.size() <= byName.size()) {
      out.add(c);
      ObjectClassRule r = byName.get(c);
      c = r == null ? null : r.within();
    }
    return out;
  }

  private static String norm(String s) {
    return String.join(" ", s.toLowerCase(Locale.ROOT).replace('-', ' ').strip().split("\\s+"));
  }
}
