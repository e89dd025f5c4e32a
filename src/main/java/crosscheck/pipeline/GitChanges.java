package crosscheck.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files changed since a git ref, from {@code git diff --name-only REF} run in the corpus's
 * repository, plus untracked files (articles added but not yet committed). Any failure (no git,
 * not a repository, unknown ref) is an {@link IllegalArgumentException}: a usage error, exit 2.
 */
final class GitChanges {
  private static final long TIMEOUT_SECONDS = 120;

  private GitChanges() {}

  /** Real paths of the files that exist and changed since {@code ref}. */
  static Set<Path> since(Path corpus, String ref) {
    if (ref.isBlank() || ref.startsWith("-")) {
      throw new IllegalArgumentException("--since '" + ref + "': not a git ref");
    }
    Path abs = corpus.toAbsolutePath().normalize();
    Path dir = Files.isDirectory(abs) ? abs : abs.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("--since: " + corpus + " does not exist");
    }
    String top = run(dir, ref, "rev-parse", "--show-toplevel").strip();
    Path root = Path.of(top);
    Set<Path> changed = new LinkedHashSet<>();
    List<String> names = new ArrayList<>();
    names.addAll(split(run(root, ref, "diff", "--name-only", "-z", ref, "--")));
    names.addAll(split(run(root, ref, "ls-files", "--others", "--exclude-standard", "-z")));
    for (String name : names) {
      Path p = root.resolve(name);
      if (Files.isRegularFile(p)) {
        try {
          changed.add(p.toRealPath());
        } catch (IOException e) {
          changed.add(p.normalize());
        }
      }
    }
    return changed;
  }

  private static List<String> split(String zeroSeparated) {
    List<String> out = new ArrayList<>();
    for (String s : zeroSeparated.split("\u0000")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static String run(Path dir, String ref, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process p;
    try {
      p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(nullFile())).start();
    } catch (IOException e) {
      throw new IllegalArgumentException("--since needs git on the PATH: " + e.getMessage());
    }
    CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    String out = readAll(p.getInputStream());
    try {
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalArgumentException("--since: git " + args[0] + " took over " + TIMEOUT_SECONDS + "s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IllegalStateException("interrupted while running git", e);
    }
    if (p.exitValue() != 0) {
      String message = err.join().strip();
      if (args[0].equals("rev-parse")) {
        throw new IllegalArgumentException("--since " + ref + ": " + dir + " is not in a git repository (" + message + ")");
      }
      throw new IllegalArgumentException("--since " + ref + ": git " + args[0] + " failed: " + message);
    }
    return out;
  }

  private static String readAll(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  private static java.io.File nullFile() {
    return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
