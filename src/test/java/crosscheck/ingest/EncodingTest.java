package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same English article in six byte forms reads as the same text; every non-UTF-8 choice is recorded. */
class EncodingTest {
  private static final Path DIR = Path.of("fixtures/formats/encodings");
  private static final String EXPECTED = Ingest.one(DIR.resolve("utf8-bom.txt")).text();

  @Test
  void referenceTextHasItsTypographicCharacters() {
    assertThat(EXPECTED).contains("Moscow\u2019s", "\u201cThe budget", "\u20ac20 billion", "\u00c9lodie", "Z\u00fcrich", "GDP \u2014 the");
  }

  @ParameterizedTest
  @CsvSource({
    "utf8-bom.txt, encoding, UTF-8 with byte-order mark",
    "utf16le-bom.txt, encoding, UTF-16LE (byte-order mark)",
    "utf16be-nobom.txt, encoding, UTF-16BE without byte-order mark",
    "cp1252-article.txt, encoding, read as windows-1252",
    "mojibake-cp1252.txt, mojibake, UTF-8 read as Windows-1252/Latin-1"
  })
  void everyFormOfTheArticleReadsTheSameAndRecordsTheChoice(String file, String kind, String detail) {
    Document d = Ingest.one(DIR.resolve(file));
    assertThat(d.text()).isEqualTo(EXPECTED);
    assertThat(d.repairs()).anySatisfy(r -> {
      assertThat(r.kind()).isEqualTo(kind);
      assertThat(r.detail()).contains(detail);
    });
  }

  @Test
  void plainUtf8IsNotARepair() {
    assertThat(Ingest.one(Path.of("fixtures/seeds/002_916a2b84a0e86218.txt")).repairs()).isEmpty();
  }

  @Test
  void gbkChineseIsDetectedByIcuAndReadAsTheUtf8Original() {
    Document gbk = Ingest.one(DIR.resolve("gbk-article.txt"));
    Document utf8 = Ingest.one(Path.of("fixtures/formats/xinhua-style-zh.txt"));
    assertThat(gbk.text()).isEqualTo(utf8.text());
    assertThat(gbk.language()).isEqualTo("zh");
    assertThat(gbk.repairs()).singleElement().satisfies(r -> assertThat(r.detail()).contains("GB18030"));
  }
}
