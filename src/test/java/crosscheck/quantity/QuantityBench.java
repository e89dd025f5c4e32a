package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Extraction throughput on one core: the seed articles repeated to about 20 MB, five timed runs
 * after two warm-ups, median MB/s printed. A main method, not a test: timings never assert.
 * Run from the repository root (JDK 21+):
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) crosscheck.quantity.QuantityBench [MB]
 * </pre>
 */
public final class QuantityBench {
  private QuantityBench() {}

  public static void main(String[] args) throws Exception {
    int targetMb = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    StringBuilder seeds = new StringBuilder();
    try (Stream<Path> files = Files.list(Path.of("fixtures/seeds"))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        seeds.append(Files.readString(p, StandardCharsets.UTF_8)).append("\n\n");
      }
    }
    StringBuilder corpus = new StringBuilder();
    while (corpus.length() < targetMb * 1_000_000L) {
      corpus.append(seeds);
    }
    String text = corpus.toString();
    double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
    QuantityExtractor extractor = new QuantityExtractor(RuleSet.bundled());
    double[] rates = new double[5];
    int found = 0;
    for (int run = -2; run < rates.length; run++) {
      long t0 = System.nanoTime();
      found = extractor.extract(text).size();
      double seconds = (System.nanoTime() - t0) / 1e9;
      if (run >= 0) {
        rates[run] = mb / seconds;
      }
    }
    Arrays.sort(rates);
    System.out.printf("quantity extraction: %.1f MB, %d quantities, median %.1f MB/s (min %.1f, max %.1f) over 5 runs%n",
        mb, found, rates[2], rates[0], rates[4]);
  }
}
