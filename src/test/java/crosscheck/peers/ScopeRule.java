package crosscheck.peers;

import java.util.List;
import java.util.function.Predicate;

/** A rule that puts a whole peer case out of scope, with the reason printed in the table. */
record ScopeRule<C>(String reason, Predicate<C> applies) {
  /** The reason of the first rule that applies, or null when the case is in scope. */
  static <C> String firstReason(List<ScopeRule<C>> rules, C peerCase) {
    for (ScopeRule<C> rule : rules) {
      if (rule.applies().test(peerCase)) {
        return rule.reason();
      }
    }
    return null;
  }
}
