package crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A file's size and modification time: what a re-run compares, like git's index, to trust an
 * earlier read of the file without reading it again.
 *
 * @param size bytes
 * @param modified modification time in nanoseconds since the epoch (as precise as the file system keeps it)
 */
public record FileStamp(long size, long modified) {
  /** The file's stamp, or null when its attributes cannot be read. */
  public static FileStamp of(Path file) {
    try {
      return of(Files.readAttributes(file, BasicFileAttributes.class));
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /** The stamp in attributes already read (by a folder walk, say). */
  public static FileStamp of(BasicFileAttributes a) {
    return new FileStamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }
}
