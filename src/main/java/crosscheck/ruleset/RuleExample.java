package crosscheck.ruleset;

/**
 * An example attached to a rule, in the spirit of LanguageTool's marked example sentences.
 *
 * @param text the input text
 * @param fires whether the rule must fire on it (default true)
 * @param span the part of {@code text} the rule must mark when it fires, or null for "any"
 * @param expect the stage-specific normalised result, written as the stage's test reads it (for
 *     example "3.0E8 USD per month" for a quantity rule), or null when only firing matters
 */
public record RuleExample(String text, Boolean fires, String span, String expect) {
  public RuleExample {
    if (text == null) {
      throw new IllegalArgumentException("example without text");
    }
    if (fires == null) {
      fires = Boolean.TRUE;
    }
    if (span != null && !text.contains(span)) {
      throw new IllegalArgumentException("example span '" + span + "' is not in its text");
    }
  }

  public boolean shouldFire() {
    return fires;
  }
}
