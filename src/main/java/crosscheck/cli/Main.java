package crosscheck.cli;

import crosscheck.report.Tool;
import crosscheck.ruleset.RuleException;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code crosscheck} root command. Subcommands return exit codes; only main exits. */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Cross-verifies numeric and factual claims across news sources.",
    subcommands = {
      CheckCommand.class, ExtractCommand.class, BaselineCommand.class, DiffCommand.class,
      BenchCommand.class, CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code commandLine().execute(args)}. */
  public static CommandLine commandLine() {
    return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    // NO_COLOR (no-color.org): any non-empty value turns ANSI styling off everywhere
    String noColor = System.getenv("NO_COLOR");
    if (noColor != null && !noColor.isEmpty()) {
      cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    }
    // every command lists the exit codes in --help, from the one enum that defines them
    Map<String, String> codes = ExitCode.helpList();
    cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
    cl.getSubcommands().values().forEach(
        sub -> sub.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(
        e -> e instanceof RuleException || e instanceof IllegalArgumentException
            ? ExitCode.USAGE.code()
            : ExitCode.INTERNAL.code());
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean config = e instanceof RuleException || e instanceof IllegalArgumentException;
          commandLine
              .getErr()
              .println(
                  commandLine.getColorScheme().errorText(
                      (config ? "error: " : "internal error: ") + e.getMessage()));
          if (!config) {
            e.printStackTrace(commandLine.getErr());
          }
          return config ? ExitCode.USAGE.code() : ExitCode.INTERNAL.code();
        });
    // picocli's default for bad usage is 2, which is our USAGE code; keep it explicit.
    cl.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine c = e.getCommandLine();
          c.getErr().println(c.getColorScheme().errorText("error: " + e.getMessage()));
          c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
          return ExitCode.USAGE.code();
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"crosscheck " + Tool.currentVersion()};
    }
  }
}
