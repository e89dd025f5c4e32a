package crosscheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static List<String> texts(String text) {
    return SPLITTER.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void abbreviationsDecimalsAndInitialsDoNotEndSentences() {
    assertThat(texts("Mr. Rutte met U.S. officials on Jan. 5 at 10 a.m. in Brussels. Spending rose 2.5 percent."))
        .containsExactly("Mr. Rutte met U.S. officials on Jan. 5 at 10 a.m. in Brussels.",
            "Spending rose 2.5 percent.");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(texts("He said: \u201cWe will win.\u201d Then he left! Did he? Yes."))
        .containsExactly("He said: \u201cWe will win.\u201d", "Then he left!", "Did he?", "Yes.");
  }

  @Test
  void lineBreaksEndHeadlinesButNotHardWrappedLines() {
    assertThat(texts("China and Russia\n\nBeijing sent 600 troops to\nthe Russian army.\nNext line"))
        .containsExactly("China and Russia", "Beijing sent 600 troops to\nthe Russian army.", "Next line");
  }

  @Test
  void offsetsPointIntoTheDocument() {
    String doc = "  First one.  Second one.";
    for (Sentence s : SPLITTER.split(doc)) {
      assertThat(doc.substring(s.start(), s.end())).isEqualTo(s.text());
    }
    assertThat(SPLITTER.split(doc)).extracting(Sentence::index).containsExactly(0, 1);
  }

  @Test
  void aSentenceEndingInInitialsBeforeAStarterSplits() {
    assertThat(texts("Aid came from the U.S. The EU followed."))
        .containsExactly("Aid came from the U.S.", "The EU followed.");
  }
}
