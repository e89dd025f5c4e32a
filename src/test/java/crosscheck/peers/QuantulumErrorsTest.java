package crosscheck.peers;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.quantity.Quantity;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** quantulum3's errors.json: broken fragments ("$99(", "20/2030 and") that must not crash a parser. */
class QuantulumErrorsTest {
  @Test
  void brokenFragmentsGiveWellFormedQuantitiesOrNoneAndNeverAnException() {
    Function<String, List<Quantity>> extractor = PeerSuitesTest.crosscheck();
    List<String> inputs = QuantulumSuite.errorInputs(PeerFiles.fixtures());
    assertThat(inputs).hasSize(4);
    for (String fragment : inputs) {
      for (String text : List.of(fragment, "Sales were " + fragment, fragment + " " + fragment)) {
        List<Quantity> found = extractor.apply(text);
        for (Quantity q : found) {
          assertThat(q.end()).as(text).isLessThanOrEqualTo(text.length());
          assertThat(q.surface()).as(text).isEqualTo(text.substring(q.start(), q.end()));
        }
      }
    }
  }
}
