package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same inputs give the same result, and parallel reading keeps the sequential order. */
class DeterminismTest {
  private static final List<Path> CORPUS =
      List.of(Path.of("fixtures/formats"), Path.of("fixtures/seeds"), Path.of("fixtures/bad"));

  @Test
  void twoRunsGiveEqualResults() {
    assertThat(Ingest.paths(CORPUS.toArray(Path[]::new))).isEqualTo(Ingest.paths(CORPUS.toArray(Path[]::new)));
  }

  @Test
  void parallelResultEqualsFileByFileResultInOrder() {
    IngestResult all = Ingest.paths(CORPUS.toArray(Path[]::new));
    List<Document> oneByOne = new ArrayList<>();
    for (Document d : all.documents()) {
      String file = d.path().replaceAll("#\\d+$", "");
      if (oneByOne.stream().noneMatch(x -> x.path().replaceAll("#\\d+$", "").equals(file))) {
        oneByOne.addAll(Ingest.paths(Path.of(file)).documents());
      }
    }
    assertThat(all.documents()).isEqualTo(oneByOne);
  }
}
