package crosscheck.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;

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
    return list(inputs, (f, stamp) -> { });
  }

  /**
   * As {@link #list(List)}, telling {@code found} of each article file in a folder as the walk
   * meets it (in walk order, which is not the listing's), with the file's stamp from the walk's
   * own attributes, so no further stat is needed (a file met through a link is not passed on
   * here: its stamp is the link's).
   */
  static Listing list(List<Path> inputs, BiConsumer<Path, FileStamp> found) {
    List<Path> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problems.add(Problem.error(input.toString(), null, Files.isSymbolicLink(input)
            ? "cannot read: dangling symbolic link" : "no such file or folder"));
      } else if (Files.isDirectory(input)) {
        walk(input, files, problems, found);
      } else if (Manifest.NAMES.contains(input.getFileName().toString().toLowerCase(Locale.ROOT))) {
        problems.add(Problem.warning(input.toString(), null,
            "a manifest, not an article: not read as one (it applies to the articles beside it; or use --manifest)"));
      } else {
        files.add(input);
      }
    }
    return new Listing(files, problems);
  }

  private static void walk(Path root, List<Path> files, List<Problem> problems, BiConsumer<Path, FileStamp> found) {
    // the walk's own attributes (links not followed) say "regular file" without another stat per file
    record Entry(Path path, BasicFileAttributes attrs, boolean article) {}
    List<Entry> all = new ArrayList<>();
    try {
      Files.walkFileTree(root, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return dir.equals(root) || !hidden(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString(); // once: a corpus has thousands of files
          if (!name.startsWith(".")) {
            boolean article = article(name);
            all.add(new Entry(file, attrs, article));
            if (article && attrs.isRegularFile()) {
              found.accept(file, FileStamp.of(attrs));
            }
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
          if (file.equals(root)) {
            throw e;
          }
          throw new java.io.UncheckedIOException(e); // below the root, as Files.walk reports it
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
          if (e != null) {
            throw new java.io.UncheckedIOException(e);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | java.io.UncheckedIOException e) {
      problems.add(Problem.error(root.toString(), null, "cannot list folder: " + e.getMessage()));
      return;
    }
    all.sort(Comparator.comparing(Entry::path));
    for (Entry entry : all) {
      Path p = entry.path();
      if (!entry.article()) {
        continue;
      }
      if (entry.attrs().isRegularFile()) {
        files.add(p);
      } else if (Files.isDirectory(p)) {
        continue; // a link to a folder: not followed
      } else if (Files.isSymbolicLink(p) && !Files.exists(p)) {
        problems.add(Problem.error(p.toString(), null, "cannot read: dangling symbolic link"));
      } else if (!Files.isRegularFile(p)) {
        problems.add(Problem.error(p.toString(), null, "cannot read: not a regular file"));
      } else {
        files.add(p);
      }
    }
  }

  /** Whether a file of this name in a folder is read as an article (not a manifest, a known type). */
  private static boolean article(String name) {
    return !Manifest.NAMES.contains(name.toLowerCase(Locale.ROOT)) && ARTICLE_TYPES.contains(extension(name));
  }

  /** Whether a file or folder name under the listed folder marks it hidden. */
  private static boolean hidden(Path path) {
    return path.getFileName().toString().startsWith(".");
  }

  static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
