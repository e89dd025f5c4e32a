package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import crosscheck.claim.Claim;
import crosscheck.ingest.Problem;
import crosscheck.verdict.Fact;
import java.util.List;

/** The report: the source of truth that every output format is rendered from. */
@JsonPropertyOrder({"formatVersion", "tool", "documents", "claims", "facts", "problems", "summary"})
public record Report(
    int formatVersion,
    Tool tool,
    List<DocumentEntry> documents,
    List<Claim> claims,
    List<Fact> facts,
    List<Problem> problems,
    Summary summary) {
  public static final int FORMAT_VERSION = 1;

  public Report {
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    facts = List.copyOf(facts);
    problems = List.copyOf(problems);
  }
}
