package crosscheck.ingest;

/**
 * An input that could not be read, or read only in part. Collected in the report, never only
 * logged.
 *
 * @param path the input's path as given (relative paths stay relative)
 * @param line the 1-based line where known, else null
 * @param severity error: the input (or that line) was not used; warning: used, with a caveat
 * @param message the reason, in words a user understands
 */
public record Problem(String path, Integer line, Severity severity, String message) {
  public enum Severity {
    error,
    warning
  }

  public static Problem error(String path, Integer line, String message) {
    return new Problem(path, line, Severity.error, message);
  }

  public static Problem warning(String path, Integer line, String message) {
    return new Problem(path, line, Severity.warning, message);
  }
}
