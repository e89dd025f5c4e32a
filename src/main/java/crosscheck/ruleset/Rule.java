package crosscheck.ruleset;

import java.util.List;

/**
 * One rule of a rule file. Each stage declares its own rule record (its table's columns) and
 * implements this interface, so the ruleset can validate ids, descriptions and examples without
 * knowing any stage.
 */
public interface Rule {
  /** UPPER_SNAKE identifier, unique within its file. */
  String id();

  /** One sentence a user understands. */
  String description();

  /** Inputs where the rule fires and where it does not; the generic rule test runs them. */
  List<RuleExample> examples();
}
