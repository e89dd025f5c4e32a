package crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.match.FactKey;
import crosscheck.report.Report;
import crosscheck.report.ReportBuilder;
import crosscheck.report.Tool;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Review;
import crosscheck.verdict.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportDiffTest {
  static Fact fact(String id, Verdict v, int sources, int independent) {
    return new Fact(id, new FactKey(id, "losses", "2024", null, "count"), v, "R", id + " is " + v.id(),
        List.of(), sources, independent, List.of(), false, null);
  }

  static Report report(Fact... facts) {
    return ReportBuilder.build(new Tool("crosscheck", "t", Map.of()), List.of(), List.of(), List.of(facts),
        List.of(), FailOn.CONFLICT);
  }

  @Test
  void classifiesNewChangedAndResolvedFactsAndIgnoresUnchangedOnes() {
    Report old = report(fact("same", Verdict.CONFLICT, 2, 2), fact("gone", Verdict.CONFLICT, 2, 2),
        fact("settled", Verdict.CONFLICT, 2, 2), fact("lonely", Verdict.SINGLE_SOURCE, 1, 1));
    Report now = report(fact("same", Verdict.CONFLICT, 2, 2), fact("settled", Verdict.AGREEMENT, 3, 3),
        fact("lonely", Verdict.AGREEMENT, 2, 2), fact("fresh", Verdict.DISPUTED, 2, 2));
    ReportDiff d = ReportDiff.of(old, now, FailOn.CONFLICT);
    assertThat(d.changes()).extracting(ReportDiff.Change::change, ReportDiff.Change::id).containsExactly(
        org.assertj.core.groups.Tuple.tuple("new", "fresh"),
        org.assertj.core.groups.Tuple.tuple("changed", "lonely"),
        org.assertj.core.groups.Tuple.tuple("changed", "settled"),
        org.assertj.core.groups.Tuple.tuple("resolved", "gone"));
    assertThat(d.counts()).isEqualTo(new ReportDiff.Counts(1, 2, 1, 1));
    assertThat(detail(d, "lonely")).startsWith("single-source -> agreement (corroborated); gained independent sources (1 -> 2)");
    assertThat(detail(d, "settled")).startsWith("conflict -> agreement (resolved)");
    assertThat(detail(d, "gone")).isEqualTo("no longer in the report (was conflict)");
  }

  @Test
  void onlyNewIdVerdictPairsAtOrAboveTheLevelFailAndBaselinedOrReviewedOnesDoNot() {
    Report old = report(fact("a", Verdict.CONFLICT, 2, 2), fact("b", Verdict.AGREEMENT, 2, 2));
    Report now = report(
        fact("a", Verdict.CONFLICT, 3, 3),
        fact("b", Verdict.CONFLICT, 2, 2),
        fact("c", Verdict.SINGLE_SOURCE, 1, 1),
        fact("d", Verdict.CONFLICT, 2, 2).withBaselined(true),
        fact("e", Verdict.CONFLICT, 2, 2).withReview(new Review("false-alarm", "units differ", "ed", "2026-11-22")));
    ReportDiff d = ReportDiff.of(old, now, FailOn.CONFLICT);
    assertThat(d.changes()).filteredOn(ReportDiff.Change::failing).extracting(ReportDiff.Change::id)
        .containsExactly("b");
    assertThat(ReportDiff.of(old, now, FailOn.SINGLE_SOURCE).changes()).filteredOn(ReportDiff.Change::failing)
        .extracting(ReportDiff.Change::id).containsExactlyInAnyOrder("b", "c");
    assertThat(detail(d, "a")).startsWith("gained independent sources (2 -> 3); sources 2 -> 3");
  }

  @Test
  void theOrderIsTheSameWhateverTheOrderOfTheInputs() {
    Fact x = fact("x", Verdict.CONFLICT, 2, 2);
    Fact y = fact("y", Verdict.DISPUTED, 2, 2);
    Fact z = fact("z", Verdict.CONFLICT, 2, 2);
    Report a = new Report(1, new Tool("c", "t", Map.of()), List.of(), List.of(), List.of(x, y, z), List.of(), null);
    Report b = new Report(1, new Tool("c", "t", Map.of()), List.of(), List.of(), List.of(z, x, y), List.of(), null);
    Report empty = report();
    assertThat(ReportDiff.of(empty, a, FailOn.CONFLICT)).isEqualTo(ReportDiff.of(empty, b, FailOn.CONFLICT));
    assertThat(ReportDiff.of(empty, a, FailOn.CONFLICT).changes()).extracting(ReportDiff.Change::id)
        .containsExactly("y", "x", "z");
  }

  @Test
  void rendersTextJsonAndMarkdown() {
    ReportDiff d = ReportDiff.of(report(fact("gone", Verdict.CONFLICT, 2, 2)),
        report(fact("new|pipe", Verdict.CONFLICT, 2, 2)), FailOn.CONFLICT);
    String text = DiffFormat.render(d, "text");
    assertThat(text).startsWith("crosscheck diff: 1 new, 0 changed, 1 resolved; 1 new finding(s) at or above --fail-on conflict\n")
        .contains("FAIL new").contains("resolved");
    String md = DiffFormat.render(d, "md");
    assertThat(md).startsWith("## crosscheck diff").contains("| ❌ | new | conflict | `new\\|pipe|losses|2024||count`".replace("|losses", "\\|losses").replace("|2024", "\\|2024").replace("||count", "\\|\\|count"));
    String json = DiffFormat.render(d, "json");
    assertThat(json).contains("\"kind\" : \"crosscheck-diff\"", "\"new\" : 1", "\"change\" : \"resolved\"", "\"after\" : null");
  }

  private static String detail(ReportDiff d, String id) {
    return d.changes().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow().detail();
  }
}
