package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ruleset.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ingest takes from an earlier run instead of reading files again. */
class EarlierReadsTest {
  @TempDir Path tmp;

  /** An earlier run that knows one file's bytes, and answers with a marker document for them. */
  private static final class KnowsBytes implements FileRead.Earlier {
    final String content;
    final Document marker;
    final List<String> asked = new ArrayList<>();

    KnowsBytes(String content, Document marker) {
      this.content = content;
      this.marker = marker;
    }

    @Override
    public FileRead find(String path, FileStamp stamp, String sources) {
      return null; // every stamp changed, as after a fresh checkout
    }

    @Override
    public FileRead sameBytes(String path, String content, String sources) {
      asked.add(content);
      return content.equals(this.content) ? new FileRead(path, null, sources, List.of(marker), List.of(), content) : null;
    }
  }

  @Test
  void aFileWhoseStampChangedButNotItsBytesTakesTheEarlierReadWithoutDecodingIt() throws IOException {
    String same = "Russia's defence budget for 2024 was $140 billion.\n";
    String changed = "Russia's defence budget for 2024 was $145 billion.\n";
    Files.writeString(tmp.resolve("a.txt"), same, StandardCharsets.UTF_8);
    Files.writeString(tmp.resolve("b.txt"), changed, StandardCharsets.UTF_8);
    Document marker = Ingest.text("earlier read of a.txt");
    KnowsBytes earlier = new KnowsBytes(Hashes.sha256(same.getBytes(StandardCharsets.UTF_8)), marker);

    IngestResult r = new Ingestor(Ingest.RULES, IngestOptions.defaults()).ingest(List.of(tmp), earlier);

    assertThat(r.documents()).hasSize(2);
    assertThat(r.documents().get(0)).as("a.txt: the earlier read, its bytes unchanged").isSameAs(marker);
    assertThat(r.documents().get(1).text()).as("b.txt: read").contains("$145 billion");
    assertThat(r.reads()).extracting(FileRead::content)
        .containsExactly(earlier.content, Hashes.sha256(changed.getBytes(StandardCharsets.UTF_8)));
    assertThat(r.reused()).as("both files were read, if only to hash them").isZero();
  }

  @Test
  void withoutAnEarlierRunJsonLinesAreNotHashedWhole() throws IOException {
    Files.writeString(tmp.resolve("feed.jsonl"), "{\"text\": \"Russia's budget was $140 billion.\"}\n",
        StandardCharsets.UTF_8);
    IngestResult r = new Ingestor(Ingest.RULES, IngestOptions.defaults()).ingest(List.of(tmp));
    assertThat(r.documents()).hasSize(1);
    assertThat(r.reads()).singleElement().satisfies(f -> assertThat(f.content()).isNull());
  }
}
