package crosscheck.peers;

import crosscheck.quantity.Quantity;
import java.util.List;
import java.util.function.Function;

/**
 * One peer file ready to score: its cases mapped to crosscheck's terms, and the view that
 * projects crosscheck's quantities onto what that peer model reports.
 *
 * @param name the short name used in the table, the ratchet file and target/peers/
 */
record PeerSuite(String name, String path, List<PeerCase> cases, Function<List<Quantity>, List<Got>> view) {
  PeerSuite {
    cases = List.copyOf(cases);
  }
}
