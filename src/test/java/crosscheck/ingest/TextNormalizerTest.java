package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
  @Test
  void composesToNfc() {
    assertThat(TextNormalizer.normalize("E\u0301lodie")).isEqualTo("\u00c9lodie");
  }

  @Test
  void noBreakAndThinSpacesInsideNumbersBecomePlainSpaces() {
    assertThat(TextNormalizer.normalize("12\u00a0500 troops, 1\u2009000 tanks, 3\u202f000 drones"))
        .isEqualTo("12 500 troops, 1 000 tanks, 3 000 drones");
  }

  @Test
  void typographicQuotesAndDashesAreKept() {
    String s = "\u201cWe don\u2019t want a conflict\u201d \u2014 2022\u20132024";
    assertThat(TextNormalizer.normalize(s)).isEqualTo(s);
  }

  @Test
  void whitespaceRunsCollapseAndParagraphBreaksStayOneBlankLine() {
    assertThat(TextNormalizer.normalize("  First  line\t here \r\nsecond line\r\n\r\n\r\n\n  Next\u00a0paragraph.  \n\n"))
        .isEqualTo("First line here\nsecond line\n\nNext paragraph.");
  }

  @Test
  void invisibleAndControlCharactersAreDropped() {
    assertThat(TextNormalizer.normalize("zero\u200bwidth soft\u00adhyphen bell\u0007")).isEqualTo("zerowidth softhyphen bell");
  }
}
