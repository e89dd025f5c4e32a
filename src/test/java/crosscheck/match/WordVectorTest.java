package crosscheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.junit.jupiter.api.Test;

/** The metric-less matcher's cosine must give Commons Text's doubles: decisions compare them with a threshold. */
class WordVectorTest {
  private static final String[] WORDS = {"spend", "defenc", "budget", "militari", "troop", "drone", "export", "gdp"};

  @Test
  void cosineEqualsCommonsTextBitForBitAsCountsGrow() {
    Random random = new Random(7);
    CosineSimilarity commons = new CosineSimilarity();
    for (int round = 0; round < 200; round++) {
      MetriclessClaims.WordVector a = new MetriclessClaims.WordVector();
      MetriclessClaims.WordVector b = new MetriclessClaims.WordVector();
      Map<CharSequence, Integer> plainA = new HashMap<>();
      Map<CharSequence, Integer> plainB = new HashMap<>();
      for (int step = 0; step < 1 + random.nextInt(6); step++) {
        Map<CharSequence, Integer> words = randomWords(random);
        a.add(words);
        words.forEach((w, n) -> plainA.merge(w, n, Integer::sum));
        Map<CharSequence, Integer> more = randomWords(random);
        b.add(more);
        more.forEach((w, n) -> plainB.merge(w, n, Integer::sum));
      }
      double expected = plainA.isEmpty() || plainB.isEmpty() ? 0 : commons.cosineSimilarity(plainA, plainB);
      assertThat(a.cosine(b)).isEqualTo(expected);
      assertThat(b.cosine(a)).isEqualTo(expected);
    }
  }

  @Test
  void anEmptyVectorIsSimilarToNothing() {
    MetriclessClaims.WordVector empty = new MetriclessClaims.WordVector();
    MetriclessClaims.WordVector some = new MetriclessClaims.WordVector();
    some.add(Map.of("drone", 2));
    assertThat(empty.cosine(some)).isZero();
    assertThat(some.cosine(empty)).isZero();
    assertThat(some.cosine(some)).isEqualTo(1.0);
  }

  private static Map<CharSequence, Integer> randomWords(Random random) {
    Map<CharSequence, Integer> out = new HashMap<>();
    for (int i = 0; i < random.nextInt(5); i++) {
      out.merge(WORDS[random.nextInt(WORDS.length)], 1 + random.nextInt(900), Integer::sum);
    }
    return out;
  }
}
