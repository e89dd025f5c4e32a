package crosscheck.cli;

import crosscheck.ruleset.RuleSet;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, shared by every command that runs the rules. */
public final class RulesOption {
  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Folder of rule files that extend or override the bundled rules/.")
  Path rulesDir;

  /** @throws crosscheck.ruleset.RuleException when the folder is missing */
  public RuleSet load() {
    return RuleSet.withOverrides(rulesDir);
  }
}
