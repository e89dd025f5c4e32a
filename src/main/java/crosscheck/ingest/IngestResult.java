package crosscheck.ingest;

import java.util.List;

/** The documents read, in stable path order, and the problems met on the way. */
public record IngestResult(List<Document> documents, List<Problem> problems) {
  public IngestResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }
}
