package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import crosscheck.ruleset.RuleExample;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Ingest's shortcuts (the NFC scan, the 'requires' prefilter of boilerplate patterns, the
 * foreign-script shortcut, the kept text as one piece, the thread pool) give exactly what the
 * full work gives, on tricky inputs: combining characters, non-ASCII, mojibake, boilerplate lines.
 */
class FastPathsTest {
  private static final List<BoilerplateRule> RULES = Ingest.RULES.table("boilerplate", BoilerplateRule.class).rules();

  private static final List<String> TRICKY = List.of(
      "Cafe\u0301 owners in Ko\u0308ln said exports rose 12,5 %.",
      "\u212B is the angstrom sign, A\u030A is decomposed, \u00C5 is composed.",
      "\u1100\u1161\u11A8 Hangul jamo and \uAC01 composed syllable.",
      "Em\u2001quad and en\u2000quad become their canonical spaces; \u2019quotes\u201D stay \u2014 kept.",
      "China\u9225\u6a9a exports to Russia: mojibake \u00e2\u20ac\u2122 kept for repair.",
      "\u7ecf\u6d4e\u589e\u957f\u767e\u5206\u4e4b\u4e94\u3002\uff08\u65b0\u534e\u793e\uff09",
      "Te\u0301l\u00e9phone \uFB01 ligature \u0958 Devanagari qa \u0344 combining \u0F73 Tibetan",
      "plain ascii text only\n\nwith a second paragraph",
      "  \t Line with\u00a0no-break\u202fthin spaces \u200B and soft\u00ADhyphen \r\n\r\n\r\n next  ");

  @Test
  void everyCharacterTheNfcScanAcceptsIsLeftAloneByNfcWhateverSurroundsIt() {
    for (int c = 0; c <= 0xFFFF; c++) {
      if (TextNormalizer.nfcInert((char) c) && !Character.isSurrogate((char) c)) {
        assertThat(UCharacter.getIntPropertyValue(c, UProperty.NFC_QUICK_CHECK)).as("NFC_QC of U+%04X", c).isEqualTo(1);
        assertThat(UCharacter.getCombiningClass(c)).as("ccc of U+%04X", c).isZero();
      }
    }
  }

  @Test
  void normalisedTextIsTheSameAsAfterAFullNfcPass() {
    for (String s : TRICKY) {
      String viaFullNfc = TextNormalizer.normalize(Normalizer.normalize(s, Normalizer.Form.NFC));
      assertThat(TextNormalizer.normalize(s)).as(s).isEqualTo(viaFullNfc);
      assertThat(Normalizer.isNormalized(TextNormalizer.normalize(s), Normalizer.Form.NFC)).isTrue();
    }
    assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo("Caf\u00e9");
  }

  @Test
  void boilerplateWithPrefiltersRemovesExactlyWhatItRemovesWithout() throws IOException {
    assertThat(RULES).anyMatch(r -> !r.requires().isEmpty());
    Boilerplate fast = new Boilerplate(RULES);
    Boilerplate slow = new Boilerplate(RULES, false);
    for (String text : texts()) {
      String normal = TextNormalizer.normalize(text);
      assertThat(fast.apply(normal)).as(text).isEqualTo(slow.apply(normal));
    }
  }

  @Test
  void prefilterMatchesWordsIgnoringAsciiCaseOnly() {
    List<String> words = List.of("all rights reserved", "logo");
    assertThat(BoilerplateRule.holdsAny("Reuters. ALL RIGHTS Reserved.", words)).isTrue();
    assertThat(BoilerplateRule.holdsAny("Federal News Network Logo", words)).isTrue();
    assertThat(BoilerplateRule.holdsAny("All rights are reserved", words)).isFalse();
    assertThat(BoilerplateRule.holdsAny("lo", words)).isFalse();
  }

  @Test
  void aRequiredWordMissingFromAFiringExampleIsRefused() {
    List<RuleExample> examples = List.of(new RuleExample("Photo: Reuters", true, null, null),
        new RuleExample("A photo of the talks", false, null, null));
    assertThatThrownBy(() -> new BoilerplateRule("X", "d", BoilerplateRule.Match.PATTERN, "(?i)^photo:", null, null,
        null, null, examples, List.of("picture"))).hasMessageContaining("holds none of 'requires'");
    assertThatThrownBy(() -> new BoilerplateRule("X", "d", BoilerplateRule.Match.PATTERN, "(?iu)^photo:", null, null,
        null, null, examples, List.of("photo"))).hasMessageContaining("Unicode case");
  }

  @Test
  void keptTextAsOnePieceIsWhatTheLineByLineAssemblyBuilds() {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>(texts());
    texts.add("a\n\n\nb\n  \nc\n");
    texts.add("\n\nfirst\nsecond\n\nthird\n\n");
    for (String text : texts) {
      String[] lines = text.split("\n", -1);
      for (int round = 0; round < 20; round++) {
        String[] ruleOf = new String[lines.length];
        for (int i = 0; i < lines.length; i++) {
          boolean edge = i < 2 || i >= lines.length - 2;
          ruleOf[i] = !lines[i].isBlank() && random.nextInt(edge ? 2 : 12) == 0 ? "R" : null;
        }
        String block = Boilerplate.keptBlock(text, 0, lines, ruleOf);
        if (block != null) {
          assertThat(block).isEqualTo(Boilerplate.kept(lines, ruleOf));
          assertThat(Boilerplate.keptBlock("\n  " + text + " \n", 3, lines, ruleOf)).isEqualTo(block);
        }
      }
    }
  }

  @Test
  void ingestGivesTheSameDocumentsWhateverTheThreadCount() {
    List<Path> inputs = List.of(Path.of("fixtures/formats"), Path.of("fixtures/seeds"), Path.of("fixtures/bad"));
    IngestResult shared = new Ingestor(Ingest.RULES, IngestOptions.defaults()).ingest(inputs);
    for (int threads : new int[] {1, 3}) {
      IngestResult r = new Ingestor(Ingest.RULES, IngestOptions.defaults().withThreads(threads)).ingest(inputs);
      assertThat(r).as(threads + " thread(s)").isEqualTo(shared);
    }
    assertThatThrownBy(() -> IngestOptions.defaults().withThreads(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void jsonlRecordsHashedFromTheFileBytesHashAsTheirOwnUtf8(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    List<String> lines = List.of(
        "  {\"text\": \"Caf\u00e9 exports rose 12,5 % \u2014 \u201cquoted\u201d \ud83d\ude00.\"}\t\r",
        "",
        "\u2028{\"text\": \"\u7ecf\u6d4e\u589e\u957f\u767e\u5206\u4e4b\u4e94\u3002 Plain text too.\"}\u2003",
        "{\"text\": \"Last line without a newline, China\u9225\u6a9a mojibake.\"}");
    Path file = dir.resolve("feed.jsonl");
    Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
    List<Document> docs = Ingest.paths(file).documents();
    List<String> expected = lines.stream().map(String::strip).filter(l -> !l.isEmpty())
        .map(l -> crosscheck.ruleset.Hashes.sha256(l.getBytes(StandardCharsets.UTF_8))).toList();
    assertThat(docs).extracting(Document::sha256).containsExactlyElementsOf(expected);
  }

  /** The seeds, the format fixtures, every rule example, the tricky lines and lines that nearly match. */
  private static List<String> texts() {
    List<String> out = new ArrayList<>(TRICKY);
    for (String dir : List.of("fixtures/seeds", "fixtures/formats")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList()) {
          out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    RULES.forEach(r -> r.examples().forEach(e -> out.add(e.text())));
    for (char c = 0; c < 300; c++) { // every first character, before a sign-up, copyright, byline or credit line
      for (String rest : List.of("Sign up for our newsletter", "\u00a9 2025 Kyiv Daily", "By Anna Kovalenko",
          "Photo: Reuters", "ADVERTISEMENT", "Read more: exports", "Log in to your account", "Federal News Logo")) {
        out.add("The ministry said exports rose.\n" + c + rest + "\n" + rest + "\n(" + rest + ")");
      }
    }
    out.add("The talks went on.\n\nReuters. all RIGHTS reserved.\n\nFederal News Network LOGO\nALL-RIGHTS reserved\nlogo");
    out.add("Text long enough to have a script: the ministry said exports rose by twelve percent in March.\n"
        + "\u0411\u043e\u0433\u0434\u0430\u043d \u0425\u043c\u0435\u043b\u044c\n\u00a9 2025 Kyiv Daily");
    return out;
  }
}
