package crosscheck.ingest;

import crosscheck.ruleset.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides each document's outlet, title, date and URL, and records where each came from. The
 * order of trust: a manifest (the user's own curation: --manifest, else one beside the file),
 * then the file's metadata, then the text (footer, dateline), then the file name (a date in it).
 */
final class Sources {
  private static final Pattern DATE_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})-(\\d{2})-(\\d{2})(?!\\d)");

  private static final List<String> MANIFEST_ORDER = List.of("manifest.json", "manifest.jsonl", "sources.csv");

  private final Path manifest;
  private final Manifest explicit;
  private final String explicitStamp;
  private final List<Problem> problems;
  /** The manifest beside each folder's files and its stamp, found when a file there is first read. */
  private final Map<Path, Beside> beside = new ConcurrentHashMap<>();
  /** Each folder's {@link #fingerprint}, by the folder as its files' paths give it (no path is made absolute per file). */
  private final Map<Path, String> fingerprints = new ConcurrentHashMap<>();

  private record Beside(Manifest manifest, String stamp) {}

  /** The metadata of one document. */
  record Meta(Field source, Field title, Field published, Field url) {}

  private Sources(Path manifest, Manifest explicit, String explicitStamp, List<Problem> problems) {
    this.manifest = manifest;
    this.explicit = explicit;
    this.explicitStamp = explicitStamp;
    this.problems = problems;
  }

  /**
   * Loads the explicit manifest now and those beside the files when a file of their folder is
   * first fingerprinted or read; unusable manifests become problems in {@code problems}, which
   * must take concurrent adds.
   */
  static Sources open(Path manifest, List<Problem> problems) {
    Beside explicit = manifest == null ? new Beside(Manifest.EMPTY, "") : read(manifest, Problem.Severity.error, problems);
    return new Sources(manifest, explicit.manifest(), explicit.stamp(), problems);
  }

  private Beside beside(Path file) {
    Path dir = file.toAbsolutePath().normalize().getParent();
    return dir == null ? new Beside(Manifest.EMPTY, "") : beside.computeIfAbsent(dir, this::findBeside);
  }

  private Beside findBeside(Path dir) {
    for (String name : MANIFEST_ORDER) {
      Path candidate = dir.resolve(name);
      if (Files.isRegularFile(candidate) && (manifest == null || !candidate.equals(manifest.toAbsolutePath().normalize()))) {
        return read(candidate, Problem.Severity.warning, problems);
      }
    }
    return new Beside(Manifest.EMPTY, "");
  }

  /**
   * Which manifests gave this file its metadata, by path and content hash: a re-run may reuse the
   * file's earlier read only while this is unchanged. Not by modification time: a fresh checkout
   * (a CI job) stamps every file anew, and the earlier reads must still count.
   */
  String fingerprint(Path file) {
    Path parent = file.getParent();
    return parent == null ? explicitStamp + "|" + beside(file).stamp()
        : fingerprints.computeIfAbsent(parent, p -> explicitStamp + "|" + beside(file).stamp());
  }

  /**
   * A manifest and its fingerprint (path and sha256), both from one read of its bytes: a manifest
   * rewritten between two reads would otherwise be fingerprinted as one version and used as another.
   */
  private static Beside read(Path file, Problem.Severity severity, List<Problem> problems) {
    String where = file.toAbsolutePath().normalize() + " ";
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      problems.add(new Problem(file.toString(), null, severity, "manifest not used: " + e.getMessage()));
      return new Beside(Manifest.EMPTY, where + "unreadable");
    }
    String stamp = where + Hashes.sha256(bytes);
    try {
      return new Beside(Manifest.load(file, bytes), stamp);
    } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
      problems.add(new Problem(file.toString(), null, severity, "manifest not used: " + e.getMessage()));
      return new Beside(Manifest.EMPTY, stamp);
    }
  }

  Meta resolve(Path file, Integer line, Article article, TextMetadata text) {
    Manifest.Entry m = explicit.lookup(file, line, true);
    if (m == null) {
      m = beside(file).manifest().lookup(file, line, false);
    }
    Manifest.Entry e = m == null ? new Manifest.Entry(null, null, null, null) : m;
    return new Meta(
        pick(Field.of(e.outlet(), "manifest"), Field.of(article.source(), "file"), Field.of(text.source(), "text")),
        pick(Field.of(e.title(), "manifest"), Field.of(article.title(), "file")),
        pick(date(e.published(), "manifest"), date(article.published(), "file"), date(text.published(), "text"),
            dateFromName(file)),
        pick(Field.of(e.url(), "manifest"), Field.of(article.url(), "file")));
  }

  private static Field date(String value, String origin) {
    return Field.of(Dates.normalise(value), origin);
  }

  private static Field dateFromName(Path file) {
    Matcher m = DATE_IN_NAME.matcher(file.getFileName().toString());
    return m.find() ? date(m.group(1) + "-" + m.group(2) + "-" + m.group(3), "path") : Field.UNKNOWN;
  }

  private static Field pick(Field... fields) {
    for (Field f : fields) {
      if (f.known()) {
        return f;
      }
    }
    return Field.UNKNOWN;
  }
}
