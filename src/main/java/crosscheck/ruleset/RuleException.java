package crosscheck.ruleset;

/** A rule file that cannot be used: unreadable, bad YAML, unknown key, duplicate id, no examples. */
public final class RuleException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleException(String source, String message) {
    super(source + ": " + message);
  }

  public RuleException(String source, String message, Throwable cause) {
    super(source + ": " + message, cause);
  }
}
