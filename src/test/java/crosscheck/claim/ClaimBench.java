package crosscheck.claim;

import crosscheck.ingest.Document;
import crosscheck.ingest.IngestOptions;
import crosscheck.ingest.Ingestor;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import crosscheck.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

/**
 * Throughput of the claim stage, printed as medians (not a unit test). Input: the seeds and the
 * written corpus, repeated with a counter so every document differs, about 10 MB. Two figures: end
 * to end (Ingestor.fromText, then ClaimExtractor with the real quantity stage), and extraction only
 * (ClaimExtractor fed by a trivial digit scanner, so every number becomes a candidate as with a
 * working engine). Run: {@code mvn -q -o test-compile && java -cp
 * target/classes:target/test-classes:CP crosscheck.claim.ClaimBench [threads] [MB]}
 */
public final class ClaimBench {
  private ClaimBench() {}

  public static void main(String[] args) throws Exception {
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int mb = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    RuleSet rules = RuleSet.bundled();
    List<String> base = new ArrayList<>();
    Seeds.load().values().forEach(d -> base.add(d.text()));
    Seeds.load(java.nio.file.Path.of("fixtures/corpus"), "documents")
        .values()
        .forEach(d -> base.add(d.text()));
    List<String> texts = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < mb * 1_000_000L; i++) {
      String t = base.get(i % base.size()) + "\nEdition " + i + ".\n";
      texts.add(t);
      bytes += t.getBytes(StandardCharsets.UTF_8).length;
    }
    Ingestor ingestor = new Ingestor(rules, IngestOptions.defaults());
    ClaimExtractor real = new ClaimExtractor(rules);
    ClaimExtractor scanned = new ClaimExtractor(rules, ClaimBench::digits);
    ForkJoinPool pool = new ForkJoinPool(threads);
    System.out.printf(
        "input: %d documents, %.1f MB, %d threads%n", texts.size(), bytes / 1e6, threads);
    report(
        "end to end (ingest + sentences + quantity stage + claims)",
        bytes,
        pool,
        () ->
            texts.parallelStream()
                .mapToInt(t -> real.extract(ingestor.fromText("b", "-", t)).size())
                .sum());
    List<Document> docs = texts.stream().map(t -> ingestor.fromText("b", "-", t)).toList();
    report(
        "extraction only (claims, every number a candidate)",
        bytes,
        pool,
        () -> docs.parallelStream().mapToInt(d -> scanned.extract(d).size()).sum());
    pool.shutdown();
  }

  private static void report(
      String what, long bytes, ForkJoinPool pool, java.util.concurrent.Callable<Integer> run)
      throws Exception {
    double[] rates = new double[5];
    double[] perCpu = new double[5];
    int claims = 0;
    var os =
        (com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    pool.submit(run).get();
    for (int i = 0; i < rates.length; i++) {
      long t0 = System.nanoTime();
      long c0 = os.getProcessCpuTime();
      claims = pool.submit(run).get();
      rates[i] = bytes / 1e6 / ((System.nanoTime() - t0) / 1e9);
      perCpu[i] = bytes / 1e6 / ((os.getProcessCpuTime() - c0) / 1e9);
    }
    Arrays.sort(rates);
    Arrays.sort(perCpu);
    System.out.printf(
        "%-58s median %.1f MB/s wall (min %.1f, max %.1f); %.1f MB per CPU-second; %d claims%n",
        what, rates[2], rates[0], rates[4], perCpu[2], claims);
  }

  /** Every run of digits (with , and .) as a count quantity: the load a real engine gives. */
  static List<Quantity> digits(Sentence s) {
    List<Quantity> out = new ArrayList<>();
    String t = s.text();
    int i = 0;
    while (i < t.length()) {
      if (Character.isDigit(t.charAt(i))
          && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
        int j = i;
        while (j < t.length()
            && (Character.isDigit(t.charAt(j))
                || (t.charAt(j) == ',' || t.charAt(j) == '.')
                    && j + 1 < t.length()
                    && Character.isDigit(t.charAt(j + 1)))) {
          j++;
        }
        double v = Double.parseDouble(t.substring(i, j).replace(",", ""));
        out.add(
            new Quantity(
                t.substring(i, j),
                s.start() + i,
                s.start() + j,
                v,
                v,
                v,
                true,
                true,
                1.0,
                Bound.EXACT,
                false,
                "count",
                "count",
                null,
                null));
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }
}
