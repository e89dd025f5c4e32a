package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Mojibake is repaired when provable, in both directions: mended when wrong, untouched when right. */
class MojibakeTest {
  private static String wrongly(String text, String charset) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName(charset));
  }

  @Test
  void windows1252MojibakeIsRepaired() {
    String original = "Moscow\u2019s budget \u2014 about \u20ac20 billion, said \u00c9lodie in Z\u00fcrich.";
    String broken = wrongly(original, "windows-1252");
    assertThat(broken).contains("\u00e2\u20ac\u2122");
    Mojibake.Result r = Mojibake.repair(broken);
    assertThat(r.text()).isEqualTo(original);
    assertThat(r.repairs()).singleElement().satisfies(x -> assertThat(x.detail()).contains("Windows-1252"));
  }

  @Test
  void latin1MojibakeWithC1ControlsIsRepaired() {
    String original = "the \u201cnormal commercial activity\u201d of 2024";
    Mojibake.Result r = Mojibake.repair(wrongly(original, "ISO-8859-1"));
    assertThat(r.text()).isEqualTo(original);
  }

  @Test
  void gbkMojibakeOfPunctuationIsRepaired() {
    String original = "\u201cChina\u2019s relations with Russia,\u201d he said. \u00a9 2025";
    String broken = "\u9225\u6dd0hina\u9225\u6a9a relations with Russia,\u9225 he said. \u6f0f 2025";
    Mojibake.Result r = Mojibake.repair(broken);
    assertThat(r.text()).isEqualTo(original);
    assertThat(r.repairs()).singleElement().satisfies(x -> assertThat(x.detail()).contains("GBK", "lost last byte"));
  }

  @Test
  void inChineseTextARunThatHappensToConvertIsLeftAlone() {
    // "\u6f0f" alone re-encodes to C2 A9, valid UTF-8 for the copyright sign; in a Chinese document it is a word
    String text = "\u8f6f\u4ef6\u6f0f\u6d1e\u5bfc\u81f4\u6570\u636e\u6cc4\u9732\u3002 \u6f0f 2025";
    assertThat(Mojibake.repair(text).text()).isEqualTo(text);
    assertThat(Mojibake.repair("English text about leaks. \u6f0f 2025 Outlet.").text())
        .isEqualTo("English text about leaks. \u00a9 2025 Outlet.");
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "\u65b0\u534e\u793e\u5317\u4eac3\u67085\u65e5\u7535 \u56fd\u9632\u652f\u51fa\u589e\u957f7.2%\uff0c\u8fbe\u5230\u7ea61.78\u4e07\u4ebf\u5143\u3002",
    "\u8f6f\u4ef6\u6f0f\u6d1e\u5bfc\u81f4\u6570\u636e\u6cc4\u9732\u3002 \u6f0f 2025",
    "Caf\u00e9 in Z\u00fcrich, na\u00efve \u00e0 la carte, S\u00e3o Paulo, \u00c5rhus, Gr\u00fc\u00dfe",
    "Xi Jinping (\u4e60\u8fd1\u5e73) met Putin; \u00ab\u00a0guillemets\u00a0\u00bb and 25\u00b0C",
    "\u201cQuoted\u201d \u2014 and \u2018single\u2019 \u2026 \u20ac5"
  })
  void correctTextPassesThroughUntouched(String text) {
    Mojibake.Result r = Mojibake.repair(text);
    assertThat(r.text()).isEqualTo(text);
    assertThat(r.repairs()).isEmpty();
  }

  @Test
  void realChineseNewsFixtureIsUntouchedEndToEnd() throws Exception {
    Path zh = Path.of("fixtures/formats/xinhua-style-zh.txt");
    Document d = Ingest.one(zh);
    assertThat(d.repairs()).isEmpty();
    assertThat(d.removed()).isEmpty();
    assertThat(d.text()).isEqualTo(TextNormalizer.normalize(Files.readString(zh)));
    assertThat(d.text()).contains("\u56fd\u9632\u652f\u51fa\u589e\u957f7.2%");
  }

  @Test
  void asciiTextIsReturnedAsIs() {
    String text = "Plain ASCII text about 600 soldiers.";
    assertThat(Mojibake.repair(text).text()).isSameAs(text);
  }
}
