package crosscheck.match;

import crosscheck.claim.Assertion;
import crosscheck.claim.Claim;
import crosscheck.claim.Modality;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.Fact;
import crosscheck.verdict.Judge;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark of matching and judging: builds N synthetic claims (fixed seed) over N/10 documents
 * with a realistic key distribution (Zipf-distributed subjects and metrics, a few years, 15%
 * assertions of which 5% name no recipient, 5% of quantities without metric, 5% syndicated copies) and prints the median time to match and to judge them, for
 * 1 million and 2 million claims, and the ratio. Run (after test-compile):
 *
 * <pre>
 * java -Xmx6g -cp target/classes:target/test-classes:$(cat target/cp.txt) crosscheck.match.MatchBench [millions...]
 * </pre>
 */
public final class MatchBench {
  private static final String[] METRIC_WORDS = {
    "personnel-lost", "defence-budget", "trade-volume", "exports", "imports", "tanks-lost", "deliveries",
    "inflation", "gdp-growth", "killed", "aid", "equipment-supplied", "troops-deployed", "refugees", "drones-launched"};
  private static final String[] NOUNS = {"armoured vehicles", "units of equipment", "tanks", "artillery systems", "shells"};
  private static final String[] OBJECTS = {"drones", "weapons", "dual-use goods", "missiles", "military personnel", "exercises"};
  private static final String[] WORDS = (
      "the ministry said officials report figures estimate war border talks trade budget army navy air force "
      + "drones missiles sanctions exports imports growth inflation bank minister president spokesman agency "
      + "intelligence satellite images analysts warned data survey region capital week month year government").split(" ");

  /** CPU time, not wall time: the machine is shared, and matching runs on one thread. */
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private MatchBench() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000_000, 2_000_000}
        : Arrays.stream(args).mapToInt(a -> (int) (Double.parseDouble(a) * 1_000_000)).toArray();
    RuleSet rules = RuleSet.bundled();
    FactMatcher matcher = new FactMatcher(rules);
    Judge judge = new Judge(rules);
    double[] totals = new double[sizes.length];
    for (int s = 0; s < sizes.length; s++) {
      int n = sizes[s];
      List<Document> docs = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      build(n, docs, claims);
      long r0 = CPU.getCurrentThreadCpuTime();
      int links = TextReuse.links(docs).size();
      System.out.printf(Locale.ROOT, "  text reuse alone: %.2f s CPU, %,d links%n", (CPU.getCurrentThreadCpuTime() - r0) / 1e9, links);
      double[] m = new double[3];
      double[] j = new double[3];
      int facts = 0;
      for (int r = 0; r < 3; r++) {
        long t0 = CPU.getCurrentThreadCpuTime();
        List<FactGroup> groups = matcher.match(docs, claims);
        long t1 = CPU.getCurrentThreadCpuTime();
        List<Fact> judged = judge.judge(docs, groups);
        long t2 = CPU.getCurrentThreadCpuTime();
        m[r] = (t1 - t0) / 1e9;
        j[r] = (t2 - t1) / 1e9;
        facts = judged.size();
      }
      Arrays.sort(m);
      Arrays.sort(j);
      totals[s] = m[1] + j[1];
      System.out.printf(Locale.ROOT, "%,d claims, %,d documents, %,d facts: match %.2f s, judge %.2f s, total %.2f s (CPU time of the one thread, medians of 3)%n",
          n, docs.size(), facts, m[1], j[1], totals[s]);
    }
    if (sizes.length == 2) {
      System.out.printf(Locale.ROOT, "ratio %,d/%,d claims: %.2fx%n", sizes[1], sizes[0], totals[1] / totals[0]);
    }
  }

  static void build(int n, List<Document> docs, List<Claim> claims) {
    SplittableRandom rnd = new SplittableRandom(42);
    int documents = Math.max(1, n / 10);
    int subjects = Math.max(10, n / 500);
    Map<String, Quantity> quantities = new HashMap<>();
    for (int d = 0; d < documents; d++) {
      String id = String.format(Locale.ROOT, "d%07d", d);
      String text;
      if (d > 0 && rnd.nextInt(20) == 0) {
        text = docs.get(rnd.nextInt(d)).text() + " Republished.";
      } else {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < 60; w++) {
          b.append(WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        }
        text = b.toString();
      }
      String published = String.format(Locale.ROOT, "2024-%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
      docs.add(new Document(id, id, Field.of("Outlet " + rnd.nextInt(300), "manifest"), Field.UNKNOWN,
          Field.of(published, "manifest"), Field.UNKNOWN, "en", text, id, List.of(), List.of()));
      for (int k = 0; k < 10 && claims.size() < n; k++) {
        claims.add(claim(rnd, id, d * 1000 + k * 50, subjects, quantities));
      }
    }
  }

  private static Claim claim(SplittableRandom rnd, String doc, int at, int subjects, Map<String, Quantity> cache) {
    String subject = "entity-" + zipf(rnd, subjects);
    String by = rnd.nextInt(4) == 0 ? "source-" + zipf(rnd, 50) : null;
    if (rnd.nextInt(100) < 15) {
      String object = OBJECTS[zipf(rnd, OBJECTS.length)];
      boolean yes = rnd.nextInt(5) > 0;
      return new Claim(doc + ":" + at, doc, subject + " supplies " + object, at, at + 10, Claim.Kind.ASSERTION, subject,
          null, null, null, by, Modality.ASSERTED, yes ? Polarity.AFFIRMED : Polarity.NEGATED, null,
          new Assertion(subject, "supply", object, null, rnd.nextInt(20) == 0 ? null : "entity-0"), true, null, List.of(), List.of());
    }
    String metric = rnd.nextInt(20) == 0 ? null : METRIC_WORDS[zipf(rnd, METRIC_WORDS.length)];
    String time = rnd.nextInt(3) == 0 ? null : String.valueOf(2019 + rnd.nextInt(6));
    int base = 100 + (subject.hashCode() & 0x3ff) * 37;
    int value = rnd.nextInt(10) == 0 ? base * (1 + rnd.nextInt(3)) : base;
    String m = metric == null ? "" : metric;
    String dimension = m.contains("budget") || m.contains("trade") || m.contains("aid") ? "currency"
        : m.contains("inflation") || m.contains("growth") ? "percent" : "count";
    String key = value + dimension;
    Quantity q = cache.computeIfAbsent(key, x -> new Quantity(String.format(Locale.ROOT, "%,d", value), 0, 5,
        (double) value, (double) value, (double) value, true, true, 1.0, Bound.EXACT, false,
        dimension.equals("currency") ? "USD" : dimension.equals("percent") ? "percent" : "count", dimension, null, null));
    String sentence = "Officials said " + q.surface() + " " + NOUNS[rnd.nextInt(NOUNS.length)] + " were counted.";
    return new Claim(doc + ":" + at, doc, sentence, at, at + 5, Claim.Kind.QUANTITY, subject, metric, time, null, by,
        Modality.ASSERTED, Polarity.AFFIRMED, q, null, true, null, List.of(), List.of());
  }

  /** A Zipf-like index in [0, n): small indexes are much more frequent. */
  private static int zipf(SplittableRandom rnd, int n) {
    double u = rnd.nextDouble();
    return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, u)) - 1);
  }
}
