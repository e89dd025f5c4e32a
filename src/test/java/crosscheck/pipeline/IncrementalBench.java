package crosscheck.pipeline;

import crosscheck.ingest.IngestOptions;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.FailOn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Times the incremental claim cache through the real {@link Pipeline}: a full (cold-cache) run on
 * a generated corpus, a re-run with nothing changed, and a re-run after adding 0.1% new documents.
 * Prints medians of 5, each kind of run after untimed ones of its kind until the JIT is done with
 * its code ({@link #warmUp}; as JMH warms up). With a fixed 2 or 5 warm-ups, JFR's compilation
 * events showed C2 still compiling a re-run's own code (Pipeline.check, RunMemo.load,
 * RunMemo.save, FactStage.run: 100 to 400 ms of CPU each) during the timed runs, on 2 cores,
 * while the full runs came after 5 uncached runs of about 2 s that share their code. The
 * corpus is made from the articles of the template folders (default: the seeds and the written
 * corpus) with their numbers varied (fixed random seed) in a temp folder that
 * is deleted afterwards. The times are {@link Pipeline#check} (ingest to verdicts); rendering the
 * report files is the same work in every run and is timed apart.
 *
 * <pre>
 * mvn -o -q test-compile org.apache.maven.plugins:maven-dependency-plugin:2.8:build-classpath \
 *   -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *   crosscheck.pipeline.IncrementalBench 5000 fixtures/seeds,fixtures/corpus   # [documents] [template folders] [threads]
 * </pre>
 */
public final class IncrementalBench {
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final int REPEATS = 5;
  /** Warm-up runs in a row that compiled little before a kind of run is timed (see {@link #warmUp}). */
  private static final int QUIET = 3;

  private IncrementalBench() {}

  public static void main(String[] args) throws IOException {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    String templates = args.length > 1 ? args[1] : "fixtures/seeds,fixtures/corpus";
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();

    List<String> texts = new ArrayList<>();
    for (String folder : templates.split(",")) {
      texts.addAll(seedTexts(Path.of(folder)));
    }
    Path root = Files.createTempDirectory("crosscheck-bench");
    try {
      Path corpus = Files.createDirectories(root.resolve("corpus"));
      Path cache = root.resolve("cache");
      Random random = new Random(20261122L);
      for (int i = 0; i < size; i++) {
        write(corpus, "doc-" + i, texts.get(i % texts.size()), random);
      }
      Pipeline pipeline = new Pipeline(RuleSet.bundled());
      CheckOptions options = new CheckOptions(List.of(corpus), IngestOptions.defaults(), threads, FailOn.CONFLICT)
          .withCache(cache);
      System.out.printf(Locale.ROOT, "corpus: %d documents from %d template texts, %d threads, medians of %d%n",
          size, texts.size(), threads, REPEATS);

      // each kind of run is timed once the JIT is done with its code (see warmUp)
      int[] warm = new int[4];
      warm[0] = warmUp(() -> pipeline.check(options.withCache(null)), 1, 10);
      double[] uncached = new double[REPEATS];
      for (int r = 0; r < REPEATS; r++) {
        uncached[r] = timeUncached(pipeline, options.withCache(null));
      }
      warm[1] = warmUp(() -> {
        delete(cache);
        pipeline.check(options);
      }, 1, 10);
      double[] full = new double[REPEATS];
      for (int r = 0; r < REPEATS; r++) {
        delete(cache);
        full[r] = time(pipeline, options, "full run");
      }
      warm[2] = warmUp(() -> pipeline.check(options), 5, 60);
      double[] unchanged = new double[REPEATS];
      for (int r = 0; r < REPEATS; r++) {
        unchanged[r] = time(pipeline, options, "nothing changed");
      }
      int added = Math.max(1, size / 1000);
      int[] warmups = {0};
      warm[3] = warmUp(() -> {
        for (int i = 0; i < added; i++) {
          write(corpus, "warmup-" + warmups[0] + "-" + i, texts.get(random.nextInt(texts.size())), random);
        }
        warmups[0]++;
        pipeline.check(options);
      }, 5, 60);
      double[] incremental = new double[REPEATS];
      for (int r = 0; r < REPEATS; r++) {
        for (int i = 0; i < added; i++) {
          write(corpus, "new-" + r + "-" + i, texts.get(random.nextInt(texts.size())), random);
        }
        incremental[r] = time(pipeline, options, "+" + added + " new (0.1%)");
      }
      crosscheck.report.Report report = pipeline.check(options).report();
      long renderStart = System.nanoTime();
      int bytes = new crosscheck.report.ReportJson().render(report).length;
      double render = (System.nanoTime() - renderStart) / 1e6;
      double f = median(full);
      double u = median(unchanged);
      double n = median(incremental);
      System.out.printf(Locale.ROOT, "no cache (reference) %7.0f ms%n", median(uncached));
      System.out.printf(Locale.ROOT, "full run            %8.0f ms  (cold cache: extracts and writes every entry)%n", f);
      System.out.printf(Locale.ROOT, "nothing changed     %8.0f ms  (%.1fx faster)%n", u, f / u);
      System.out.printf(Locale.ROOT, "+0.1%% new documents %8.0f ms  (%.1fx faster)%n", n, f / n);
      System.out.printf(Locale.ROOT, "(not in the times: rendering report.json, %d MB, took %.0f ms once)%n",
          bytes >> 20, render);
      System.out.printf(Locale.ROOT, "(untimed warm-up runs: %d uncached, %d full, %d nothing changed, %d +0.1%%)%n",
          warm[0], warm[1], warm[2], warm[3]);
    } finally {
      delete(root);
    }
  }

  /** A run of the benchmark. */
  private interface Run {
    void run() throws IOException;
  }

  /**
   * Runs {@code run} untimed until the JIT is done with its code: at least {@code atLeast} times,
   * then until {@link #QUIET} runs in a row compiled for less than a tenth of their own time (or
   * {@code atMost} runs). A re-run's own code (memo loading, partial matching, storing) runs once
   * per run, so C2 compiles it late, each method costing it 100 to 400 ms of CPU (JFR's
   * compilation events); on 2 cores that time is taken from the run being timed.
   *
   * @return the runs made
   */
  private static int warmUp(Run run, int atLeast, int atMost) throws IOException {
    java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
    int runs = 0;
    int quiet = 0;
    while (runs < atMost && (runs < atLeast || quiet < QUIET)) {
      long compiledBefore = jit.getTotalCompilationTime();
      long start = System.nanoTime();
      run.run();
      long ms = (System.nanoTime() - start) / 1_000_000;
      quiet = (jit.getTotalCompilationTime() - compiledBefore) * 10 < ms ? quiet + 1 : 0;
      runs++;
    }
    return runs;
  }

  private static double timeUncached(Pipeline pipeline, CheckOptions options) {
    long start = System.nanoTime();
    pipeline.check(options);
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "  %-18s %8.0f ms%n", "no cache", ms);
    return ms;
  }

  private static double time(Pipeline pipeline, CheckOptions options, String label) {
    long start = System.nanoTime();
    CheckResult result = pipeline.check(options);
    double ms = (System.nanoTime() - start) / 1e6;
    System.out.printf(Locale.ROOT, "  %-18s %8.0f ms  cache hits %d, extracted %d, facts %d%n", label, ms,
        result.cache().hits(), result.cache().misses(), result.report().facts().size());
    return ms;
  }

  /** The seed's text with every number scaled by a small random factor (years too), so documents differ. */
  private static void write(Path dir, String name, String seed, Random random) throws IOException {
    Matcher m = NUMBER.matcher(seed);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String digits = m.group();
      long value = digits.length() > 12 ? 0 : Long.parseLong(digits);
      long varied = Math.max(0, Math.round(value * (0.9 + 0.2 * random.nextDouble())));
      m.appendReplacement(b, Long.toString(varied));
    }
    m.appendTail(b);
    Files.writeString(dir.resolve(name + ".txt"), b, StandardCharsets.UTF_8);
  }

  private static List<String> seedTexts(Path seeds) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(seeds)) {
      for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException(seeds + ": no .txt seed articles");
    }
    return texts;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
