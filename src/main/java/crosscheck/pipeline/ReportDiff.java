package crosscheck.pipeline;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import crosscheck.report.Report;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What changed between two reports, fact by fact (matched by stable fact id): facts that are
 * {@code new}, facts whose verdict or sources {@code changed}, and facts that are {@code resolved}
 * (no longer in the new report). A change is {@code failing} when the new side is at or above the
 * level, its id-and-verdict pair was not in the old report (the baseline rule), and it is neither
 * baselined nor reviewed.
 *
 * @param failOn the level for {@code failing}
 * @param counts changes per kind, and failing
 * @param changes in order: new, changed, resolved; then most severe verdict first; then id
 */
@JsonPropertyOrder({"formatVersion", "kind", "failOn", "counts", "changes"})
public record ReportDiff(int formatVersion, String kind, String failOn, Counts counts, List<Change> changes) {
  public static final int FORMAT_VERSION = 1;

  public ReportDiff {
    changes = List.copyOf(changes);
  }

  /** Change kinds, in listing order. */
  public enum Kind { NEW, CHANGED, RESOLVED }

  @JsonPropertyOrder({"new", "changed", "resolved", "failing"})
  public record Counts(
      @com.fasterxml.jackson.annotation.JsonProperty("new") int added, int changed, int resolved, int failing) {}

  /** One side of a change: the fact as one report had it. */
  @JsonPropertyOrder({"verdict", "reason", "sources", "independentSources"})
  public record Side(Verdict verdict, String reason, int sources, int independentSources) {
    static Side of(Fact f) {
      return f == null ? null : new Side(f.verdict(), f.reason(), f.sources(), f.independentSources());
    }
  }

  /**
   * @param change new, changed or resolved
   * @param before the fact in the old report, null when new
   * @param after the fact in the new report, null when resolved
   * @param detail one line saying what changed
   */
  @JsonPropertyOrder({"change", "id", "key", "before", "after", "detail", "failing"})
  public record Change(String change, String id, String key, Side before, Side after, String detail, boolean failing) {
    Verdict shown() {
      return after != null ? after.verdict() : before.verdict();
    }
  }

  public static ReportDiff of(Report before, Report after, FailOn failOn) {
    Map<String, Fact> old = byId(before.facts());
    Map<String, Fact> now = byId(after.facts());
    List<Change> changes = new ArrayList<>();
    int[] counts = new int[Kind.values().length];
    int failing = 0;
    for (Fact f : now.values()) {
      Fact o = old.get(f.id());
      if (o != null && o.verdict() == f.verdict() && o.sources() == f.sources()
          && o.independentSources() == f.independentSources()) {
        continue;
      }
      Kind kind = o == null ? Kind.NEW : Kind.CHANGED;
      boolean fails = failOn.fails(f.verdict()) && (o == null || o.verdict() != f.verdict())
          && !f.baselined() && f.review() == null;
      changes.add(new Change(id(kind), f.id(), keyText(f), Side.of(o), Side.of(f), detail(o, f), fails));
      counts[kind.ordinal()]++;
      failing += fails ? 1 : 0;
    }
    for (Fact o : old.values()) {
      if (!now.containsKey(o.id())) {
        changes.add(new Change(id(Kind.RESOLVED), o.id(), keyText(o), Side.of(o), null,
            "no longer in the report (was " + o.verdict().id() + ")", false));
        counts[Kind.RESOLVED.ordinal()]++;
      }
    }
    changes.sort(Comparator.<Change, Kind>comparing(c -> Kind.valueOf(c.change().toUpperCase(java.util.Locale.ROOT)))
        .thenComparing(Change::shown).thenComparing(Change::id));
    Counts c = new Counts(counts[0], counts[1], counts[2], failing);
    return new ReportDiff(FORMAT_VERSION, "crosscheck-diff", failOn.id(), c, changes);
  }

  private static String detail(Fact before, Fact after) {
    if (before == null) {
      return "new " + after.verdict().id() + ": " + nz(after.reason());
    }
    List<String> parts = new ArrayList<>();
    if (before.verdict() != after.verdict()) {
      parts.add(before.verdict().id() + " -> " + after.verdict().id() + transition(before.verdict(), after.verdict()));
    }
    if (before.independentSources() != after.independentSources()) {
      parts.add((after.independentSources() > before.independentSources() ? "gained" : "lost")
          + " independent sources (" + before.independentSources() + " -> " + after.independentSources() + ")");
    }
    if (before.sources() != after.sources()) {
      parts.add("sources " + before.sources() + " -> " + after.sources());
    }
    return String.join("; ", parts) + (after.reason() == null ? "" : ": " + after.reason());
  }

  private static String transition(Verdict from, Verdict to) {
    int a = FailOn.severity(from);
    int b = FailOn.severity(to);
    if (from == Verdict.SINGLE_SOURCE && b == 0) {
      return " (corroborated)";
    }
    if (a > 0 && b == 0) {
      return " (resolved)";
    }
    return b > a ? " (worse)" : b < a ? " (milder)" : "";
  }

  private static Map<String, Fact> byId(List<Fact> facts) {
    Map<String, Fact> m = new TreeMap<>();
    facts.forEach(f -> m.put(f.id(), f));
    return m;
  }

  private static String keyText(Fact f) {
    return f.key() == null ? "" : f.key().text();
  }

  private static String id(Kind k) {
    return k.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
