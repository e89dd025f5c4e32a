package crosscheck.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed exit codes; never the number of findings. */
public enum ExitCode {
  OK(0, "nothing at or above --fail-on"),
  FINDINGS(1, "findings at or above --fail-on (not baselined, not accepted by a reviewer)"),
  USAGE(2, "usage or configuration error (nothing written)"),
  INPUT(3, "some inputs could not be read (the report is still written and lists them)"),
  INTERNAL(4, "internal error");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  public int code() {
    return code;
  }

  public String meaning() {
    return meaning;
  }

  /** The "Exit codes:" section of --help, in code order. */
  public static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    for (ExitCode c : values()) {
      list.put(String.valueOf(c.code), c.meaning);
    }
    return list;
  }
}
