package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ingest.Problem.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input is one problem with path, line where known and reason; the rest is still read. */
class BadInputTest {
  private static final Path BAD = Path.of("fixtures/bad");
  private static final Path GOOD = Path.of("fixtures/seeds/003_668af276d21bc4e5.txt");

  @TempDir Path tmp;

  private static Problem onlyProblem(IngestResult r) {
    assertThat(r.problems()).hasSize(1);
    return r.problems().get(0);
  }

  private static void assertGoodStillRead(IngestResult r) {
    assertThat(r.documents()).extracting(Document::path).contains(GOOD.toString());
  }

  @Test
  void emptyFile() {
    IngestResult r = Ingest.paths(BAD.resolve("empty.txt"), GOOD);
    assertThat(onlyProblem(r)).isEqualTo(Problem.error("fixtures/bad/empty.txt", null, "empty file"));
    assertGoodStillRead(r);
  }

  @Test
  void binaryFile() {
    IngestResult r = Ingest.paths(BAD.resolve("binary.txt"), GOOD);
    assertThat(onlyProblem(r).message()).startsWith("binary file");
    assertGoodStillRead(r);
  }

  @Test
  void fileOfMostlyControlCharactersIsBinary() throws IOException {
    byte[] junk = new byte[400];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (1 + i % 7);
    }
    Path f = Files.write(tmp.resolve("junk.txt"), junk);
    assertThat(onlyProblem(Ingest.paths(f)).message()).contains("control characters");
  }

  @Test
  void invalidJsonNamesTheLine() {
    IngestResult r = Ingest.paths(BAD.resolve("invalid.json"), GOOD);
    Problem p = onlyProblem(r);
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).startsWith("invalid JSON");
    assertThat(p.severity()).isEqualTo(Severity.error);
    assertGoodStillRead(r);
  }

  @Test
  void jsonWithoutTextSaysWhichFieldsWereLookedFor() {
    assertThat(onlyProblem(Ingest.paths(BAD.resolve("no-text.json"))).message()).contains("text", "body", "content");
  }

  @Test
  void jsonlBadLineIsAProblemWithItsLineAndTheOtherLinesAreRead() {
    IngestResult r = Ingest.paths(BAD.resolve("mixed-lines.jsonl"));
    Problem p = onlyProblem(r);
    assertThat(p.path()).isEqualTo("fixtures/bad/mixed-lines.jsonl");
    assertThat(p.line()).isEqualTo(2);
    assertThat(r.documents()).extracting(Document::path)
        .containsExactly("fixtures/bad/mixed-lines.jsonl#1", "fixtures/bad/mixed-lines.jsonl#3");
  }

  @Test
  void fileOverTheSizeLimitIsRefusedBeforeReading() {
    IngestResult r = Ingest.paths(new IngestOptions(null, 1000), BAD.resolve("oversized.txt"), GOOD.resolveSibling("000_dbd79e22ba8e6035.txt"));
    assertThat(r.problems()).extracting(Problem::path).containsExactly(
        "fixtures/bad/oversized.txt", "fixtures/seeds/000_dbd79e22ba8e6035.txt"); // the seed is over 1000 bytes too
    assertThat(r.problems().get(0).message()).contains("2004 bytes", "limit of 1000");
    assertThat(r.documents()).isEmpty();
    assertThat(Ingest.paths(BAD.resolve("oversized.txt")).documents()).hasSize(1);
  }

  @Test
  void pathThatDoesNotExist() {
    IngestResult r = Ingest.paths(BAD.resolve("no-such-article.txt"), GOOD);
    assertThat(onlyProblem(r).message()).isEqualTo("no such file or folder");
    assertGoodStillRead(r);
  }

  @Test
  void danglingSymbolicLinkIsUnreadable() {
    Assumptions.assumeTrue(Files.isSymbolicLink(BAD.resolve("dangling-link.txt")), "checkout without symbolic links");
    assertThat(onlyProblem(Ingest.paths(BAD.resolve("dangling-link.txt"))).message()).contains("dangling symbolic link");
  }

  @Test
  void danglingLinkInAFolderIsAProblemNotSilence() throws IOException {
    Files.createSymbolicLink(tmp.resolve("gone.txt"), tmp.resolve("nowhere.txt"));
    Files.writeString(tmp.resolve("ok.txt"), "A real article about exports rising 12 percent.");
    IngestResult r = Ingest.paths(tmp);
    assertThat(onlyProblem(r).path()).endsWith("gone.txt");
    assertThat(r.documents()).hasSize(1);
  }

  @Test
  void fileWithoutReadPermission() throws IOException {
    Path f = Files.writeString(tmp.resolve("secret.txt"), "Classified article text.");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(f), "running as root: permissions do not stop reading");
    assertThat(onlyProblem(Ingest.paths(f)).message()).contains("permission denied");
  }

  @Test
  void hugeSingleLineIsWarnedAboutAndStillReadInLinearTime() throws IOException {
    String sentence = "Russia fired 40 drones at Kyiv overnight, officials said. ";
    Path f = Files.writeString(tmp.resolve("one-line.txt"), sentence.repeat(40_000));
    IngestResult r = Ingest.paths(f);
    Problem p = onlyProblem(r);
    assertThat(p.severity()).isEqualTo(Severity.warning);
    assertThat(p.line()).isEqualTo(1);
    assertThat(r.documents()).singleElement().satisfies(d -> assertThat(d.text()).hasSize(sentence.length() * 40_000 - 1));
  }

  @Test
  void wholeBadFolderGivesOneProblemPerBadFileAndReadsTheRest() {
    IngestResult r = Ingest.paths(new IngestOptions(null, 1000), BAD);
    List<String> paths = r.problems().stream().map(Problem::path).toList();
    assertThat(paths).contains("fixtures/bad/empty.txt", "fixtures/bad/binary.txt", "fixtures/bad/invalid.json",
        "fixtures/bad/mixed-lines.jsonl", "fixtures/bad/no-text.json", "fixtures/bad/oversized.txt");
    assertThat(r.documents()).hasSize(2);
  }
}
