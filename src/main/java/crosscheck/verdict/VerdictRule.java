package crosscheck.verdict;

import crosscheck.ruleset.Rule;
import crosscheck.ruleset.RuleExample;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of rules/verdicts.yaml. Rows are tried in file order; the first whose condition holds
 * gives the fact its verdict, and its reason template is filled in.
 *
 * @param id rule id, reported as the fact's {@code rule}
 * @param description what it decides
 * @param verdict the verdict id it gives
 * @param when the condition, one of {@link Condition}'s ids
 * @param reason the reason template; {name} placeholders from {@link Evidence#PLACEHOLDERS}
 * @param examples compact example corpora (see the verdict rule examples runner)
 */
public record VerdictRule(
    String id, String description, String verdict, String when, String reason, List<RuleExample> examples)
    implements Rule {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");

  public VerdictRule {
    examples = examples == null ? List.of() : List.copyOf(examples);
    Verdict.of(verdict);
    Condition.of(when);
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("reason is missing");
    }
    Set<String> unknown = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(reason);
    while (m.find()) {
      if (!Evidence.PLACEHOLDERS.contains(m.group(1))) {
        unknown.add(m.group(1));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown placeholder(s) " + unknown + " in reason; known: " + Evidence.PLACEHOLDERS);
    }
  }

  public Verdict verdictId() {
    return Verdict.of(verdict);
  }

  public Condition condition() {
    return Condition.of(when);
  }
}
