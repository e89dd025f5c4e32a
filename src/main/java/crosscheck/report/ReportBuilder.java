package crosscheck.report;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.ingest.Problem;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Verdict;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Assembles the report from the stages' outputs, in stable order, with its summary. */
public final class ReportBuilder {
  /** Facts sorted as a reviewer wants them: most severe verdict first, then by id. */
  public static final Comparator<Fact> FACT_ORDER =
      Comparator.comparing(Fact::verdict).thenComparing(Fact::id);

  private ReportBuilder() {}

  public static Report build(
      Tool tool,
      List<Document> documents,
      List<Claim> claims,
      List<Fact> facts,
      List<Problem> problems,
      FailOn failOn) {
    return build(tool, documents, d -> TextShape.of(d.text()), claims, facts, problems, failOn);
  }

  /** As the other, each document's text shape given (a document from the run memo has no text). */
  public static Report build(
      Tool tool,
      List<Document> documents,
      Function<Document, TextShape> shapes,
      List<Claim> claims,
      List<Fact> facts,
      List<Problem> problems,
      FailOn failOn) {
    List<Fact> sorted = facts.stream().sorted(FACT_ORDER).toList();
    Map<String, Integer> verdicts = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      verdicts.put(v.id(), 0);
    }
    sorted.forEach(f -> verdicts.merge(f.verdict().id(), 1, Integer::sum));
    int failing = (int) sorted.stream().filter(f -> counts(f, failOn)).count();
    Summary summary =
        new Summary(
            documents.size(),
            claims.size(),
            sorted.size(),
            verdicts,
            problems.size(),
            failOn.id(),
            failing);
    return new Report(
        Report.FORMAT_VERSION,
        tool,
        documents.stream().map(d -> DocumentEntry.of(d, shapes.apply(d))).toList(),
        claims,
        sorted,
        problems,
        summary);
  }

  /** A finding fails the run when at or above the threshold, not baselined and not accepted. */
  public static boolean counts(Fact f, FailOn failOn) {
    return failOn.fails(f.verdict()) && !f.baselined() && f.review() == null;
  }
}
