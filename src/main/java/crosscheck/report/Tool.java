package crosscheck.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * Provenance: which tool and which rules produced a report.
 *
 * @param name always "crosscheck"
 * @param version the tool version
 * @param rules sha256 of each rule file used, by name ("bundled/units.yaml")
 */
public record Tool(String name, String version, Map<String, String> rules) {
  public Tool {
    rules = new TreeMap<>(rules);
  }

  /** The version from the jar manifest, or "dev" when run from classes. */
  public static String currentVersion() {
    String v = Tool.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
