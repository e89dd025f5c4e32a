package crosscheck.ingest;

import java.util.List;

/**
 * The documents read, in stable path order, and the problems met on the way.
 *
 * @param reads what each input file gave, with its stamp, for a later run to reuse
 * @param reused how many of the reads were taken from an earlier run instead of the file
 */
public record IngestResult(List<Document> documents, List<Problem> problems, List<FileRead> reads, int reused) {
  public IngestResult {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
    reads = List.copyOf(reads);
  }

  public IngestResult(List<Document> documents, List<Problem> problems) {
    this(documents, problems, List.of(), 0);
  }
}
