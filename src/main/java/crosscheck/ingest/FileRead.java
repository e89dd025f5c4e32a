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
 * @param content the sha256 of its bytes (null when it was not read)
 */
public record FileRead(String path, FileStamp stamp, String sources, List<Document> documents, List<Problem> problems,
    String content) {
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

    /**
     * The earlier read of {@code path} whose bytes had this sha256, with these metadata sources,
     * or null: for a file whose stamp changed but not its bytes (a fresh checkout, a touch), so
     * that it is not decoded and cleaned again.
     */
    default FileRead sameBytes(String path, String content, String sources) {
      return null;
    }
  }
}
