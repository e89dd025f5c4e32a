package crosscheck.peers;

import java.util.List;

/**
 * One scored case of a peer file.
 *
 * @param index position in the peer file (0-based), for finding it again
 * @param input the sentence, passed to the extractor as is
 * @param expected what crosscheck must yield, in text order, after the mapping
 * @param outOfScope why the case is not scored (a scope rule's reason), or null when in scope
 * @param dropped peer results left out of {@code expected} because crosscheck must not report
 *     them (a valueless unit mention, a year, a date or phone number part, a model designation)
 */
record PeerCase(int index, String input, List<Expected> expected, String outOfScope, int dropped) {
  PeerCase {
    expected = List.copyOf(expected);
  }

  boolean inScope() {
    return outOfScope == null;
  }
}
