package crosscheck.cli;

import crosscheck.ingest.Document;
import crosscheck.ingest.IngestOptions;
import crosscheck.ingest.IngestResult;
import crosscheck.ingest.Ingestor;
import crosscheck.pipeline.CheckOptions;
import crosscheck.pipeline.Pipeline;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.FailOn;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code crosscheck bench}: builds a corpus from the fixtures with a fixed seed, runs a stage over
 * it a few times and prints medians of MB/s, documents/s and peak heap. Speed figures come from
 * here, never from timed unit tests.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure throughput on a corpus built from the fixtures (medians over repetitions).")
public final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--docs", paramLabel = "N", defaultValue = "2000", description = "Documents in the corpus (default: ${DEFAULT-VALUE}).")
  int docs;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "42", description = "Random seed of the corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--stage", paramLabel = "STAGE", defaultValue = "ingest",
      description = "ingest, extract (ingest + claims) or all (the whole check without writing) (default: ${DEFAULT-VALUE}).")
  String stage;

  @Option(names = "--layout", paramLabel = "L", defaultValue = "mixed",
      description = "txt, jsonl or mixed (half each) (default: ${DEFAULT-VALUE}).")
  BenchCorpus.Layout layout;

  @Option(names = "--repeat", paramLabel = "R", defaultValue = "5", description = "Measured runs after one warm-up (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--warmup", paramLabel = "W", defaultValue = "5", description = "Unmeasured runs first, for the JIT (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors).")
  Integer threads;

  @Option(names = "--fixtures", paramLabel = "DIR", split = ",", defaultValue = "fixtures/seeds,fixtures/formats",
      description = "Folders whose .txt/.md articles are the templates (default: ${DEFAULT-VALUE}).")
  List<Path> fixtures;

  @Mixin RulesOption rules;

  private record Run(double seconds, double cpuSeconds, long peakHeap, int documents) {}

  @Override
  public Integer call() throws IOException {
    if (!List.of("ingest", "extract", "all").contains(stage)) {
      throw new IllegalArgumentException("unknown --stage '" + stage + "'; use ingest, extract or all");
    }
    if (docs < 1 || repeat < 1 || warmup < 0 || (threads != null && threads < 1)) {
      throw new IllegalArgumentException("--docs, --repeat and --threads must be positive, --warmup not negative");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    RuleSet ruleSet = rules.load();
    Pipeline pipeline = new Pipeline(ruleSet);
    List<String> templates = BenchCorpus.templates(fixtures);
    PrintWriter out = spec.commandLine().getOut();
    Path dir = Files.createTempDirectory("crosscheck-bench-");
    try {
      BenchCorpus.Built corpus = BenchCorpus.build(dir, templates, docs, seed, layout);
      out.printf(Locale.ROOT, "corpus: %d documents from %d templates (%d .txt, %d in %d .jsonl), %.1f MB, seed %d%n",
          corpus.documents(), templates.size(), corpus.textFiles(), corpus.documents() - corpus.textFiles(),
          corpus.jsonlFiles(), corpus.bytes() / 1e6, seed);
      for (int i = 0; i < warmup; i++) {
        run(pipeline, ruleSet, dir, n); // JIT, class loading, rule tables, file cache
      }
      List<Run> runs = new ArrayList<>();
      for (int i = 0; i < repeat; i++) {
        runs.add(run(pipeline, ruleSet, dir, n));
      }
      double seconds = median(runs.stream().mapToDouble(Run::seconds).toArray());
      double peak = median(runs.stream().mapToDouble(Run::peakHeap).toArray());
      double cpu = median(runs.stream().mapToDouble(Run::cpuSeconds).toArray());
      out.printf(Locale.ROOT, "stage %s, %d thread(s), %d warm-up + %d runs, medians:%n", stage, n, warmup, repeat);
      out.printf(Locale.ROOT, "  time        %.3f s  (runs: %s)%n", seconds, runs.stream()
          .map(r -> String.format(Locale.ROOT, "%.3f", r.seconds())).toList());
      out.printf(Locale.ROOT, "  throughput  %.1f MB/s%n", corpus.bytes() / 1e6 / seconds);
      if (cpu > 0) {
        // on a shared machine wall time depends on the neighbours; CPU time does much less
        out.printf(Locale.ROOT, "  cpu         %.3f s, %.1f MB per CPU-second (load average %.1f on %d cores)%n", cpu,
            corpus.bytes() / 1e6 / cpu, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
            Runtime.getRuntime().availableProcessors());
      }
      out.printf(Locale.ROOT, "  documents   %.0f docs/s (%d documents read)%n", runs.get(0).documents() / seconds,
          runs.get(0).documents());
      out.printf(Locale.ROOT, "  peak heap   %.0f MB (max heap %d MB)%n", peak / 1e6, Runtime.getRuntime().maxMemory() / 1_000_000);
      return ExitCode.OK.code();
    } finally {
      BenchCorpus.delete(dir);
    }
  }

  private Run run(Pipeline pipeline, RuleSet ruleSet, Path dir, int n) {
    System.gc();
    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    // every stage takes the thread count itself (ingest through IngestOptions.threads)
    int documents = switch (stage) {
      case "ingest" -> new Ingestor(ruleSet, IngestOptions.defaults().withThreads(n)).ingest(List.of(dir)).documents().size();
      case "extract" -> {
        IngestResult r = new Ingestor(ruleSet, IngestOptions.defaults().withThreads(n)).ingest(List.of(dir));
        List<Document> d = r.documents();
        pipeline.extractAll(d, n);
        yield d.size();
      }
      default -> pipeline.run(new CheckOptions(List.of(dir), IngestOptions.defaults(), n, FailOn.NONE))
          .documents().size();
    };
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (processCpuNanos() - cpuStart) / 1e9;
    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Run(seconds, cpu, peak, documents);
  }

  /** CPU time of the whole process (all threads, GC included), or 0 where the JVM does not say. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? Math.max(0, os.getProcessCpuTime())
        : 0;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
