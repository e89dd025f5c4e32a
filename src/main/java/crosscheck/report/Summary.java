package crosscheck.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * Counts for the overview and the console.
 *
 * @param verdicts number of facts per verdict id, every verdict listed (zero included), in
 *     severity order
 * @param failing number of facts at or above {@code --fail-on} that are neither baselined nor
 *     accepted by a reviewer: the count that sets exit code 1
 */
@JsonPropertyOrder({"documents", "claims", "facts", "verdicts", "problems", "failOn", "failing"})
public record Summary(
    int documents,
    int claims,
    int facts,
    Map<String, Integer> verdicts,
    int problems,
    String failOn,
    int failing) {}
