package crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line through {@code execute(args)}, with what it printed. */
public record CommandLineRun(int code, String out, String err) {
  public static CommandLineRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CommandLineRun(code, out.toString(), err.toString());
  }
}
