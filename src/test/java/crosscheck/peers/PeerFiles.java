package crosscheck.peers;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the peer data lives in the repository, so a clean clone scores without shared folders. */
final class PeerFiles {
  static final Path FIXTURES = Path.of("fixtures", "peers");
  static final Path OUTPUT = Path.of("target", "peers");

  private PeerFiles() {}

  static Path fixtures() {
    if (!Files.isDirectory(FIXTURES)) {
      throw new IllegalStateException("run from the repository root: no " + FIXTURES);
    }
    return FIXTURES;
  }

  static String relative(Path file) {
    return FIXTURES.relativize(file).toString().replace('\\', '/');
  }
}
