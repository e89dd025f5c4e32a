package crosscheck.cli;

import crosscheck.pipeline.Progress;
import java.io.Console;
import java.lang.reflect.Method;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr, shown only when the user sits at a terminal. */
final class TerminalProgress implements Progress {
  private ProgressBar bar;

  private TerminalProgress() {}

  /** A bar when stdout and stderr are a terminal and progress was not turned off, else none. */
  static Progress forTerminal(boolean wanted) {
    return wanted && isTerminal() ? new TerminalProgress() : Progress.NONE;
  }

  @Override
  public synchronized void begin(String stage, long total) {
    String noColor = System.getenv("NO_COLOR");
    boolean plain = noColor != null && !noColor.isEmpty();
    bar =
        new ProgressBarBuilder()
            .setTaskName(stage)
            .setInitialMax(total)
            .setStyle(plain ? ProgressBarStyle.ASCII : ProgressBarStyle.UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(System.err))
            .setUpdateIntervalMillis(200)
            .build();
  }

  @Override
  public synchronized void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public synchronized void end() {
    if (bar != null) {
      bar.close();
      bar = null;
    }
  }

  /**
   * JDK 22+ returns a Console even when output is redirected and answers with isTerminal(); on
   * JDK 21 a Console exists only for a terminal. Reflection keeps both right under --release 21.
   */
  private static boolean isTerminal() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
