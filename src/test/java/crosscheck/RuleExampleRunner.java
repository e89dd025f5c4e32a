package crosscheck;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import crosscheck.ruleset.RuleSet;
import crosscheck.ruleset.RuleTable;

/**
 * Runs the examples of one rule file against the stage that owns it. One implementation per file
 * in rules/, named {@code *RuleExamples}, in the owning stage's test package; {@link
 * RuleExamplesTest} finds them all.
 */
public interface RuleExampleRunner {
  /** The rule file's base name, e.g. "units" for rules/units.yaml. */
  String file();

  /** Loads (and so validates) the table. */
  RuleTable<? extends Rule> load(RuleSet rules);

  /**
   * Checks one example.
   *
   * @return null when the example holds, else a message saying what the rule did instead
   */
  String check(RuleSet rules, Rule rule, RuleExample example);
}
