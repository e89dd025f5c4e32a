package crosscheck.pipeline;

/**
 * Where the pipeline says how far it is. The command line draws it on a terminal; tests and
 * non-interactive runs use {@link #NONE}. Implementations must accept {@link #step()} from
 * several worker threads.
 */
public interface Progress {
  Progress NONE =
      new Progress() {
        @Override
        public void begin(String stage, long total) {}

        @Override
        public void step() {}

        @Override
        public void end() {}
      };

  /** A stage of {@code total} steps starts. */
  void begin(String stage, long total);

  /** One step of the current stage is done. */
  void step();

  /** The current stage is over. */
  void end();
}
