package crosscheck.peers;

import java.util.Locale;
import java.util.Set;

/**
 * Peer results that crosscheck deliberately does not report because in news they are discourse,
 * not claims: a lone number word below ten with no unit ("the two countries", "one last time",
 * "zero is"). The product rule is in the quantity scanner (a one-word count below ten without
 * unit, hedge or change is dropped); the harness scores such peer results as "nothing here", so a
 * crosscheck that reported them would fail the case.
 */
final class Discourse {
  private static final Set<String> SMALL_WORDS = Set.of(
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  private Discourse() {}

  static boolean loneSmallNumberWord(String surface) {
    return SMALL_WORDS.contains(surface.strip().toLowerCase(Locale.ROOT));
  }
}
