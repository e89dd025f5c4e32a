package crosscheck.verdict;

import java.util.Collection;

/**
 * Names in a reason (speakers, outlets), at most {@link #SHOWN} of them and then how many more:
 * a fact with hundreds of sources would otherwise spell out every one, in the report and to the
 * reviewer, who is helped by the first few and the count.
 */
final class Listing {
  static final int SHOWN = 8;

  private Listing() {}

  /** The names joined by {@code separator}, the first {@link #SHOWN} of them and "and N more". */
  static String of(Collection<String> names, String separator) {
    if (names.size() <= SHOWN) {
      return String.join(separator, names);
    }
    return String.join(separator, names.stream().limit(SHOWN).toList()) + " and " + (names.size() - SHOWN) + " more";
  }
}
