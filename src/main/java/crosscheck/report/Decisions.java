package crosscheck.report;

import crosscheck.ingest.Problem;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Review;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reviewer decisions exported by report.html and read back by {@code check --decisions FILE}:
 * {@code {"formatVersion":1,"decisions":[{"fact","decision","note","by","at"}]}}.
 *
 * <p>Every decision (confirmed, false-alarm, resolved) marks its finding as reviewed, and a
 * reviewed finding no longer fails the run: CI exists to surface findings nobody has looked at;
 * a confirmed conflict between outlets is real but known, and failing every later build on it
 * helps nobody. It stays in every report, shown with its decision, note and reviewer. When a
 * file names a fact twice, the later entry wins.
 */
public final class Decisions {
  public static final int FORMAT_VERSION = 1;
  public static final Set<String> KINDS = Set.of("confirmed", "false-alarm", "resolved");

  private final Path file;
  private final Map<String, Review> byFact;

  private Decisions(Path file, Map<String, Review> byFact) {
    this.file = file;
    this.byFact = byFact;
  }

  /** The decisions by fact id, in file order. */
  public Map<String, Review> byFact() {
    return Map.copyOf(byFact);
  }

  /**
   * Reads and validates a decisions file.
   *
   * @throws IllegalArgumentException when the file is missing, not JSON or not of this shape
   *     (a configuration error: exit 2, nothing written)
   */
  public static Decisions read(Path file) {
    JsonNode root;
    try {
      root = ReportJson.mapper().readTree(Files.readAllBytes(file));
    } catch (IOException | JacksonException e) {
      throw new IllegalArgumentException("--decisions " + file + ": cannot read: " + message(e), e);
    }
    if (root == null || !root.isObject()) {
      throw bad(file, "not a JSON object");
    }
    if (!root.path("formatVersion").isInt() || root.path("formatVersion").intValue() != FORMAT_VERSION) {
      throw bad(file, "\"formatVersion\" must be " + FORMAT_VERSION);
    }
    JsonNode list = root.path("decisions");
    if (!list.isArray()) {
      throw bad(file, "\"decisions\" must be an array");
    }
    Map<String, Review> byFact = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode d = list.get(i);
      String where = "decisions[" + i + "]";
      String fact = text(file, d, "fact", where, true);
      String decision = text(file, d, "decision", where, true);
      if (!KINDS.contains(decision)) {
        throw bad(file, where + ": \"decision\" must be confirmed, false-alarm or resolved, not \"" + decision + "\"");
      }
      byFact.remove(fact);
      byFact.put(fact, new Review(decision, text(file, d, "note", where, false),
          text(file, d, "by", where, false), text(file, d, "at", where, false)));
    }
    return new Decisions(file, byFact);
  }

  /**
   * The report with each decided fact's review set and {@code failing} recounted. A decision for a
   * fact the report does not have becomes a warning problem (the fact may have gone since the
   * review), never an error.
   */
  public Report applyTo(Report report) {
    List<Fact> facts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Fact f : report.facts()) {
      Review r = byFact.get(f.id());
      facts.add(r == null ? f : f.withReview(r));
      seen.add(f.id());
    }
    List<Problem> problems = new ArrayList<>(report.problems());
    byFact.keySet().stream().filter(id -> !seen.contains(id)).forEach(id -> problems.add(
        Problem.warning(file.toString(), null, "decision for fact " + id + " which is not in this report; ignored")));
    Summary s = report.summary();
    FailOn failOn = FailOn.of(s.failOn());
    int failing = (int) facts.stream().filter(f -> ReportBuilder.counts(f, failOn)).count();
    Summary summary = new Summary(s.documents(), s.claims(), s.facts(), s.verdicts(), problems.size(), s.failOn(), failing);
    return new Report(report.formatVersion(), report.tool(), report.documents(), report.claims(), facts, problems, summary);
  }

  private static String text(Path file, JsonNode d, String field, String where, boolean required) {
    JsonNode v = d.path(field);
    if (v.isMissingNode() || v.isNull()) {
      if (required) {
        throw bad(file, where + ": \"" + field + "\" is missing");
      }
      return null;
    }
    if (!v.isString() || (required && v.stringValue().isBlank())) {
      throw bad(file, where + ": \"" + field + "\" must be " + (required ? "a non-empty string" : "a string"));
    }
    return v.stringValue();
  }

  private static IllegalArgumentException bad(Path file, String why) {
    return new IllegalArgumentException("--decisions " + file + ": " + why
        + "; expected {\"formatVersion\":1,\"decisions\":[{\"fact\",\"decision\",\"note\",\"by\",\"at\"}]}");
  }

  private static String message(Exception e) {
    return e instanceof JacksonException j ? j.getOriginalMessage() : String.valueOf(e.getMessage());
  }
}
