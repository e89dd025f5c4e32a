package crosscheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedSourcesTest {
  @Test
  void figuresFromANamedInstituteHaveThatInstituteAsPrimarySource() {
    assertThat(
            QuotedSources.primarySource(
                "new figures from the Stockholm International Peace Research Institute",
                "Capital Dispatch"))
        .isEqualTo(
            QuotedSources.primarySource(
                "Stockholm International Peace Research Institute", "Northern Ledger"));
  }

  @Test
  void commentsMadeByANamedPersonHaveThatPersonAsPrimarySource() {
    assertThat(
            QuotedSources.primarySource(
                "recent comments made by CIA Director William Burns", "Gatestone Institute"))
        .isEqualTo("cia director william burns");
  }

  @Test
  void anUnnamedOriginKeepsTheWholeAttribution() {
    assertThat(QuotedSources.primarySource("Ukrainian officials briefed by analysts", "AP"))
        .isEqualTo("ukrainian officials briefed by analysts");
  }
}
