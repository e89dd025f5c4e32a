package crosscheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One-megabyte lines built to make a backtracking or quadratic scanner blow up. The timeout is
 * generous: it catches exponential or quadratic work, it does not measure speed.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {
  private static final int MB = 1 << 20;

  @Test
  void oneMegabyteOfDigitsAndSeparators() {
    Random r = new Random(42);
    String alphabet = "0123456789,.-–/: %$½";
    StringBuilder b = new StringBuilder(MB);
    while (b.length() < MB) {
      b.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    assertSane(b.toString());
  }

  @Test
  void oneMegabyteDigitRunAndOneMegabyteOfGroups() {
    assertThat(QuantityExtractorTest.EXTRACTOR.extract("7".repeat(MB))).isEmpty();
    assertThat(QuantityExtractorTest.EXTRACTOR.extract("1" + ",000".repeat(MB / 4))).isEmpty();
    assertThat(QuantityExtractorTest.EXTRACTOR.extract("1" + ".2".repeat(MB / 2))).isEmpty();
    assertSane("1 000".repeat(MB / 5));
    assertSane("12-".repeat(MB / 3));
  }

  @Test
  void oneMegabyteOfNumberWords() {
    Random r = new Random(7);
    String[] words = {"one", "two", "twenty", "hundred", "thousand", "million", "and", "a", "half",
        "third", "tens", "of", "thousands", "dozen", "-", "more", "than", "percent", "$", "bn", "every"};
    StringBuilder b = new StringBuilder(MB);
    while (b.length() < MB) {
      b.append(words[r.nextInt(words.length)]).append(' ');
    }
    List<Quantity> found = assertSane(b.toString());
    assertThat(found).isNotEmpty();
    assertSane("thousand ".repeat(MB / 9));
    assertSane("one hundred and ".repeat(MB / 16));
  }

  private static List<Quantity> assertSane(String text) {
    List<Quantity> found = QuantityExtractorTest.EXTRACTOR.extract(text);
    int last = 0;
    for (Quantity q : found) {
      assertThat(q.start()).isGreaterThanOrEqualTo(last);
      assertThat(text.substring(q.start(), q.end())).isEqualTo(q.surface());
      assertThat(q.point() == null || Double.isFinite(q.point())).isTrue();
      last = q.start();
    }
    return found;
  }
}
