package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The normaliser (fast paths, run copies) and the letter count must give
 * what a plain character-by-character reading gives, on random mixes of the characters they
 * treat specially (every kind of line end, space, invisible, surrogate pairs, U+2029).
 */
class NormalizerReferenceTest {
  private static final String ALPHABET = "ab \n\r\t\u2029\u2028\u00a0\u200B\u00ad\u000B\f\u00e9\u4e2d\u0416\u2019 \n";
  private static final String PAIR = "\uD835\uDC00"; // mathematical bold A, a letter outside the BMP

  @Test
  void normaliserGivesWhatACharacterByCharacterReadingGives() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      String s = randomText(random, random.nextInt(30));
      assertThat(TextNormalizer.normalize(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(reference(s));
      NormalizedText range = TextNormalizer.normalized(s);
      assertThat(range.lines()).containsExactly(reference(s).split("\n", -1));
      Scripts alone = Scripts.of(reference(s));
      for (Scripts counted : List.of(range.scripts(), Scripts.of(range.base(), range.from(), range.to()))) {
        assertThat(counted.total()).as(s).isEqualTo(alone.total());
        for (UnicodeScript script : UnicodeScript.values()) {
          assertThat(counted.get(script)).as(s + " " + script).isEqualTo(alone.get(script));
        }
      }
    }
    assertThat(TextNormalizer.normalize("a\u2029b")).isEqualTo("a\n\nb");
    assertThat(TextNormalizer.normalize("a\u2029b\u2029c\u2029d")).isEqualTo("a\n\nb\n\nc\n\nd");
  }

  @Test
  void letterCountsAreTheCountsOfTheCodePointsThatAreLetters() {
    Random random = new Random(12);
    for (int round = 0; round < 5_000; round++) {
      String s = randomText(random, random.nextInt(40)) + (random.nextBoolean() ? "\uD835" : "");
      Scripts fast = Scripts.of(s);
      int[] counts = new int[UnicodeScript.values().length];
      int total = 0;
      for (int cp : s.codePoints().toArray()) {
        if (Character.isLetter(cp)) {
          counts[UnicodeScript.of(cp).ordinal()]++;
          total++;
        }
      }
      assertThat(fast.total()).as(s).isEqualTo(total);
      for (UnicodeScript script : UnicodeScript.values()) {
        assertThat(fast.get(script)).as(s + " " + script).isEqualTo(counts[script.ordinal()]);
      }
    }
  }

  private static String randomText(Random random, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      if (random.nextInt(20) == 0) {
        b.append(PAIR);
      } else {
        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return b.toString();
  }

  /** The normaliser's rules one character at a time (the input here is already NFC). */
  private static String reference(String s) {
    StringBuilder out = new StringBuilder();
    int newlines = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u000B' || c == '\f') {
        newlines++;
        space = false;
      } else if (c == '\u2029') {
        newlines += 2;
        space = false;
      } else if (c == ' ' || c == '\t' || c == '\u00a0') {
        space = newlines == 0;
      } else if (c == '\u200B' || c == '\u00ad') {
        continue;
      } else {
        if (out.length() > 0) {
          out.append(newlines > 1 ? "\n\n" : newlines == 1 ? "\n" : space ? " " : "");
        }
        out.append(c);
        newlines = 0;
        space = false;
      }
    }
    return out.toString();
  }
}
