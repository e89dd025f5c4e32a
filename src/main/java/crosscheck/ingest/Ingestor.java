package crosscheck.ingest;

import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Files and folders to documents. (Foundation version: plain UTF-8 text; the ingest issue grows it.) */
public final class Ingestor {
  private final IngestOptions options;

  public Ingestor(RuleSet rules, IngestOptions options) {
    this.options = options;
  }

  public IngestResult ingest(List<Path> inputs) {
    List<Document> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problems.add(Problem.error(input.toString(), null, "no such file or folder"));
        continue;
      }
      List<Path> files;
      try (Stream<Path> s = Files.isDirectory(input) ? Files.walk(input) : Stream.of(input)) {
        files = s.filter(Files::isRegularFile).sorted().toList();
      } catch (IOException e) {
        problems.add(Problem.error(input.toString(), null, "cannot list: " + e.getMessage()));
        continue;
      }
      for (Path f : files) {
        try {
          byte[] raw = Files.readAllBytes(f);
          String sha = Hashes.sha256(raw);
          String text = new String(raw, StandardCharsets.UTF_8);
          docs.add(
              new Document(sha.substring(0, 16), f.toString(), Field.UNKNOWN, Field.UNKNOWN,
                  Field.UNKNOWN, Field.UNKNOWN, "en", text, sha, List.of(), List.of()));
        } catch (IOException e) {
          problems.add(Problem.error(f.toString(), null, "cannot read: " + e.getMessage()));
        }
      }
    }
    return new IngestResult(docs, problems);
  }

  /**
   * A document from text already in memory (standard input, one line of {@code extract --lines}),
   * cleaned like a file's text.
   *
   * @param id the document id to use (e.g. the line number)
   * @param path what to show as its path ("-" for standard input)
   */
  public Document fromText(String id, String path, String text) {
    String sha = Hashes.sha256(text);
    return new Document(id, path, Field.UNKNOWN, Field.UNKNOWN, Field.UNKNOWN, Field.UNKNOWN,
        "en", text, sha, List.of(), List.of());
  }
}
