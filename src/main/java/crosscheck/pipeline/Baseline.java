package crosscheck.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import crosscheck.report.AtomicFiles;
import crosscheck.report.Report;
import crosscheck.report.ReportJson;
import crosscheck.report.Tool;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Accepted findings frozen from an earlier report (SpotBugs-style): a later run marks a fact
 * {@code baselined} when the baseline holds the same fact id <em>with the same verdict</em>. A
 * baselined conflict that turns into a dispute is therefore new again: the finding changed, so a
 * person should look at it.
 *
 * @param formatVersion {@link #FORMAT_VERSION}
 * @param kind always "crosscheck-baseline", so a report given by mistake is told apart
 * @param tool the tool and rules that produced the frozen report
 * @param level the lowest verdict severity frozen ({@code --level} of {@code baseline})
 * @param findings the frozen findings, sorted by id
 */
@JsonPropertyOrder({"formatVersion", "kind", "tool", "level", "findings"})
public record Baseline(int formatVersion, String kind, Tool tool, String level, List<Entry> findings) {
  public static final int FORMAT_VERSION = 1;
  public static final String KIND = "crosscheck-baseline";

  /** One frozen finding: what a reviewer needs to recognise it without the old report. */
  @JsonPropertyOrder({"id", "verdict", "rule", "reason", "key"})
  public record Entry(String id, Verdict verdict, String rule, String reason, String key) {}

  public Baseline {
    findings = List.copyOf(findings);
  }

  /** Freezes the facts of {@code report} whose verdict is at or above {@code level}. */
  public static Baseline freeze(Report report, FailOn level) {
    List<Entry> entries =
        report.facts().stream()
            .filter(f -> level.fails(f.verdict()))
            .map(f -> new Entry(f.id(), f.verdict(), f.rule(), f.reason(), f.key() == null ? null : f.key().text()))
            .sorted(Comparator.comparing(Entry::id).thenComparing(Entry::verdict))
            .toList();
    return new Baseline(FORMAT_VERSION, KIND, report.tool(), level.id(), entries);
  }

  /** The facts with {@code baselined} set where the baseline covers them, in the same order. */
  public List<Fact> apply(List<Fact> facts) {
    Set<String> keys = keys();
    return facts.stream()
        .map(f -> keys.contains(f.id() + "\u0000" + f.verdict().id()) ? f.withBaselined(true) : f)
        .toList();
  }

  private Set<String> keys() {
    Set<String> keys = new HashSet<>();
    findings.forEach(e -> keys.add(e.id() + "\u0000" + e.verdict().id()));
    return keys;
  }

  /** Writes the baseline atomically, pretty-printed with a final newline. */
  public void write(Path file) throws IOException {
    AtomicFiles.write(file, ReportJson.mapper().writeValueAsString(this) + "\n");
  }

  /**
   * Reads a baseline written by {@code crosscheck baseline}.
   *
   * @throws IllegalArgumentException (a usage error, exit 2) when the file is missing, unreadable
   *     or not a baseline; the message names the file and says what to do
   */
  public static Baseline read(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("--baseline " + file + ": no such file (create one with: crosscheck baseline REPORT.json -o " + file + ")");
    } catch (IOException e) {
      throw new IllegalArgumentException("--baseline " + file + ": cannot read: " + e.getMessage());
    }
    try {
      JsonNode root = ReportJson.mapper().readTree(bytes);
      if (root == null || !root.isObject()) {
        throw malformed(file, "not a JSON object");
      }
      if (!KIND.equals(root.path("kind").asString(""))) {
        String hint = root.has("facts") && root.has("summary")
            ? "this is a report; freeze it first with: crosscheck baseline " + file + " -o baseline.json"
            : "no \"kind\": \"" + KIND + "\"";
        throw malformed(file, hint);
      }
      Baseline b = ReportJson.mapper().treeToValue(root, Baseline.class);
      if (b.formatVersion() != FORMAT_VERSION) {
        throw malformed(file, "format version " + b.formatVersion() + ", this crosscheck reads " + FORMAT_VERSION);
      }
      for (Entry e : b.findings()) {
        if (e == null || e.id() == null || e.id().isBlank() || e.verdict() == null) {
          throw malformed(file, "a finding without an id or verdict");
        }
      }
      return b;
    } catch (JacksonException e) {
      throw malformed(file, e.getOriginalMessage());
    }
  }

  private static IllegalArgumentException malformed(Path file, String why) {
    return new IllegalArgumentException("--baseline " + file + ": not a valid crosscheck baseline: " + why);
  }
}
