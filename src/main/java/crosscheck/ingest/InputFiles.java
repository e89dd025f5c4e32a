package crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the paths given into article files: folders recursively in sorted path order, hidden
 * files and folders skipped, manifests and files of other types skipped in folders. A file named
 * explicitly is read whatever its type. Paths that do not exist or are dangling links are problems.
 */
final class InputFiles {
  static final Set<String> ARTICLE_TYPES = Set.of("txt", "text", "md", "markdown", "html", "htm", "json", "jsonl", "ndjson");

  private InputFiles() {}

  /** The files to read, in order, and the problems met listing them. */
  record Listing(List<Path> files, List<Problem> problems) {}

  static Listing list(List<Path> inputs) {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problems.add(Problem.error(input.toString(), null, Files.isSymbolicLink(input)
            ? "cannot read: dangling symbolic link" : "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        walk(input, files, problems);
      } else if (Manifest.NAMES.contains(input.getFileName().toString().toLowerCase(Locale.ROOT))) {
        problems.add(Problem.warning(input.toString(), null,
            "a manifest, not an article: not read as one (it applies to the articles beside it; or use --manifest)"));
      } else {
        files.add(input);
      }
    }
    return new Listing(files, problems);
  }

  private static void walk(Path root, List<Path> files, List<Problem> problems) {
    List<Path> all;
    try (Stream<Path> s = Files.walk(root)) {
      all = s.filter(p -> !p.equals(root) && !hidden(root.relativize(p))).sorted().toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.error(root.toString(), null, "cannot list folder: " + e.getMessage()));
      return;
    }
    for (Path p : all) {
      if (Files.isDirectory(p)) {
        continue;
      }
      String name = p.getFileName().toString();
      if (Manifest.NAMES.contains(name.toLowerCase(Locale.ROOT)) || !ARTICLE_TYPES.contains(extension(name))) {
        continue;
      }
      if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        problems.add(Problem.error(p.toString(), null, "cannot read: dangling symbolic link"));
      } else if (!Files.isRegularFile(p)) {
        problems.add(Problem.error(p.toString(), null, "cannot read: not a regular file"));
      } else {
        files.add(p);
      }
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
