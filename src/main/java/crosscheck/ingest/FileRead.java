package crosscheck.ingest;

import java.util.List;

/**
 * What reading one input file gave, with the file's stamp when read, so that a later run can
 * reuse it while the file and its metadata sources are unchanged.
 *
 * @param path the file as listed
 * @param stamp its size and modification time just before it was read (null when unknown)
 * @param sources fingerprint of the manifests that gave it metadata ({@link IngestResult#sources()})
 * @param documents the documents read from it (several for JSONL)
 * @param problems the problems met reading it
 */
public record FileRead(String path, FileStamp stamp, String sources, List<Document> documents, List<Problem> problems) {
  public FileRead {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  /** Reads that a run may take instead of reading a file again. */
  @FunctionalInterface
  public interface Earlier {
    /** Nothing is reused: every file is read. */
    Earlier NONE = (path, stamp, sources) -> null;

    /** The earlier read of {@code path} made at this stamp and metadata, or null to read the file. */
    FileRead find(String path, FileStamp stamp, String sources);
  }
}
