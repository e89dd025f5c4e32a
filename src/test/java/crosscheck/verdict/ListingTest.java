package crosscheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ListingTest {
  private static List<String> outlets(int n) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> "doc-" + i + ".txt").toList();
  }

  @Test
  void eightNamesOrFewerAreAllShown() {
    assertThat(Listing.of(outlets(8), ", ")).isEqualTo(String.join(", ", outlets(8)));
    assertThat(Listing.of(List.of(), "; ")).isEmpty();
  }

  @Test
  void moreThanEightShowTheFirstEightInOrderAndCountTheRest() {
    assertThat(Listing.of(outlets(556), ", "))
        .isEqualTo(String.join(", ", outlets(8)) + " and 548 more");
  }
}
