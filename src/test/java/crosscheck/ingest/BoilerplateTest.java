package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How boilerplate rules apply to a whole document: positions, paragraphs, order of removals. */
class BoilerplateTest {
  private static final Boilerplate ALL =
      new Boilerplate(Ingest.RULES.table("boilerplate", BoilerplateRule.class).rules());

  @Test
  void trailingRulesOnlyFireInTheRunThatEndsTheDocument() {
    String bioInMiddle = "Con Coughlin is the Telegraph's Defence Editor.\n\nThe talks ended on Friday without a deal.";
    assertThat(ALL.apply(bioInMiddle).removed()).isEmpty();
  }

  @Test
  void trailingRunCrossesBoilerplateRemovedByOtherRules() {
    String text = "The talks ended on Friday.\n\nJ.J. Green\n\nJJ Green is WTOP's National Security Correspondent.\n\nADVERTISEMENT";
    Boilerplate.Result r = ALL.apply(text);
    assertThat(r.text()).isEqualTo("The talks ended on Friday.");
    assertThat(r.removed()).extracting(Removed::rule).containsExactly("TRAILING_BYLINE", "AUTHOR_BIO", "ADVERTISEMENT");
  }

  @Test
  void removedSpansAreInDocumentOrderAndParagraphsAreRejoined() {
    String text = "Para one.\n\nADVERTISEMENT\n\nPara two.\nShare\nStill para two.";
    Boilerplate.Result r = ALL.apply(text);
    assertThat(r.text()).isEqualTo("Para one.\n\nPara two.\nStill para two.");
    assertThat(r.removed()).containsExactly(new Removed("ADVERTISEMENT", "ADVERTISEMENT"), new Removed("SHARE_BUTTONS", "Share"));
  }

  @Test
  void foreignScriptNeedsEnoughDocumentToKnowItsScript() {
    assertThat(ALL.apply("91\u6b27\u7f8e\u6fc0\u60c5\nShort note.").removed()).isEmpty();
  }

  @Test
  void aDocumentOfOnlyBoilerplateKeepsNothing() {
    Boilerplate.Result r = ALL.apply("ADVERTISEMENT\nShare");
    assertThat(r.text()).isEmpty();
    assertThat(r.removed()).hasSize(2);
  }

  @Test
  void noRulesRemoveNothing() {
    assertThat(new Boilerplate(List.of()).apply("ADVERTISEMENT\nText.").text()).isEqualTo("ADVERTISEMENT\nText.");
  }

  @Test
  void hostileLinesDoNotMakeAnyBundledPatternBacktrackCatastrophically() {
    java.util.List<String> hostile = java.util.List.of(
        "By " + "Aa ".repeat(40) + "!",
        "Get " + "sign ".repeat(55) + "x",
        "(Photo " + "by a/".repeat(30) + "x",
        "Con Coughlin is " + "the editor ".repeat(50) + "!",
        "A" + " Logo".repeat(15) + "s",
        "\u00a9 2025 " + "a. ".repeat(90),
        "KYIV" + ", A".repeat(200) + " (Reuters) -");
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> {
      for (String line : hostile) {
        String text = (line + "\n").repeat(20) + line;
        ALL.apply(text);
        TextMetadata.find(text.split("\n"), Character.UnicodeScript.LATIN);
      }
    });
  }
}
