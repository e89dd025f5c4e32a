package crosscheck.pipeline;

import crosscheck.ruleset.Hashes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A hash of crosscheck's own code, so that the claim cache is never trusted across builds: the
 * version string alone stays "0.1.0" (or "dev") while the extractor changes under it. From a jar
 * it hashes the name, size and CRC of every {@code crosscheck/} entry (read from the zip
 * directory, no decompression); from a classes folder, the names and bytes of its files. A
 * rebuild of unchanged sources gives the same id, so CI caches survive fresh checkouts.
 */
final class BuildId {
  private static volatile String cached;

  private BuildId() {}

  static String current() {
    String id = cached;
    if (id == null) {
      id = compute();
      cached = id;
    }
    return id;
  }

  private static String compute() {
    try {
      CodeSource source = BuildId.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        return "unknown";
      }
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return ofJar(location);
      }
      if (Files.isDirectory(location)) {
        return ofFolder(location.resolve("crosscheck"));
      }
      return "unknown";
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String ofJar(Path jar) throws IOException {
    StringBuilder all = new StringBuilder();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      List<? extends ZipEntry> entries = Collections.list(zip.entries());
      entries.stream()
          .filter(e -> e.getName().startsWith("crosscheck/") && !e.isDirectory())
          .sorted((a, b) -> a.getName().compareTo(b.getName()))
          .forEach(e -> all.append(e.getName()).append(' ').append(e.getSize()).append(' ').append(e.getCrc()).append('\n'));
    }
    return Hashes.sha256(all.toString());
  }

  private static String ofFolder(Path root) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        all.write(root.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
        all.write(0);
        all.write(Hashes.sha256(Files.readAllBytes(f)).getBytes(StandardCharsets.US_ASCII));
      }
    }
    return Hashes.sha256(all.toByteArray());
  }
}
