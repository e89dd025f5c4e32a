package crosscheck.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ruleset.RuleSet;
import crosscheck.text.Sentence;
import crosscheck.text.SentenceSplitter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Acceptance on the seed articles: every numeric claim of fixtures/seeds/expected.yaml comes out
 * with its value, bound, unit and rate, and nothing listed under not_claims is reported.
 */
class SeedAcceptanceTest {
  private static final Path SEEDS = Path.of("fixtures/seeds");
  private static final QuantityExtractor EXTRACTOR = new QuantityExtractor(RuleSet.bundled());

  @TestFactory
  Stream<DynamicTest> everyExpectedNumericClaimIsExtracted() throws Exception {
    JsonNode root = expected();
    List<DynamicTest> tests = new ArrayList<>();
    for (Map.Entry<String, JsonNode> doc : root.get("numeric_claims").properties()) {
      String text = seed(doc.getKey());
      List<Quantity> found = extract(text);
      for (JsonNode claim : doc.getValue()) {
        String surface = claim.get("surface").asString();
        tests.add(DynamicTest.dynamicTest(doc.getKey() + ": " + surface, () -> {
          int at = fold(text).indexOf(fold(surface));
          assertThat(at).as("surface in the seed text").isNotNegative();
          List<Quantity> here = found.stream()
              .filter(q -> q.start() < at + surface.length() && q.end() > at).toList();
          assertThat(here).as("quantities in '%s'", surface)
              .anySatisfy(q -> assertMatches(q, claim));
        }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> nothingFromNotClaimsIsReported() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (JsonNode n : expected().get("not_claims")) {
      String doc = n.get("doc").asString();
      String text = seed(doc);
      List<Quantity> found = extract(text);
      for (String listed : n.get("surface").asString().split(" / | \\.\\.\\. ")) {
        // expected.yaml paraphrases some ("in 2015" is "as recently as 2015"): fall back to the last word
        String piece = text.contains(listed) ? listed : listed.substring(listed.lastIndexOf(' ') + 1);
        tests.add(DynamicTest.dynamicTest(doc + ": " + listed, () -> {
          int at = text.indexOf(piece);
          assertThat(at).as("'%s' in the seed text", piece).isNotNegative();
          for (; at >= 0; at = text.indexOf(piece, at + 1)) {
            int from = at;
            assertThat(found).as("quantities overlapping '%s'", piece)
                .noneMatch(q -> q.start() < from + piece.length() && q.end() > from);
          }
        }));
      }
    }
    return tests.stream();
  }

  private static void assertMatches(Quantity q, JsonNode claim) {
    JsonNode value = claim.get("value");
    if (value.isArray()) {
      assertThat(q.bound()).isEqualTo(Bound.RANGE);
      assertClose(q.low(), value.get(0).asDouble());
      assertClose(q.high(), value.get(1).asDouble());
    } else {
      assertClose(q.point(), value.asDouble());
      assertThat(q.bound().id()).isEqualTo(claim.get("bound").asString());
    }
    assertThat(q.unit().replace('-', ' ')).isEqualTo(claim.get("unit").asString());
    assertThat(q.per()).isEqualTo(claim.has("per") ? claim.get("per").asString() : null);
    if (q.bound() == Bound.MORE_THAN) {
      assertThat(q.low()).isEqualTo(q.point());
      assertThat(q.lowInclusive()).isFalse();
      assertThat(q.high()).isNull();
    }
  }

  private static void assertClose(Double actual, double expected) {
    assertThat(actual).isNotNull();
    assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(Math.abs(expected) * 1e-4);
  }

  static List<Quantity> extract(String text) {
    List<Quantity> all = new ArrayList<>();
    for (Sentence s : new SentenceSplitter().split(text)) {
      all.addAll(EXTRACTOR.extract(s));
    }
    return all;
  }

  private static JsonNode expected() throws Exception {
    return YAMLMapper.builder().build().readTree(SEEDS.resolve("expected.yaml").toFile());
  }

  /** The seed text; seed 001 is UTF-8 read as GBK, which ingest repairs: undo it the same way. */
  static String seed(String name) throws Exception {
    String text = Files.readString(SEEDS.resolve(name), StandardCharsets.UTF_8);
    if (text.contains("\u9225")) {
      text = new String(text.getBytes(Charset.forName("GBK")), StandardCharsets.UTF_8);
    }
    return text;
  }

  /** Same length, straight quotes: so that expected.yaml's "China's" finds "China’s". */
  private static String fold(String s) {
    return s.replace('\u2019', '\'').replace('\u2018', '\'');
  }
}
