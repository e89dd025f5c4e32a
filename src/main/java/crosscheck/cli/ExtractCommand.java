package crosscheck.cli;

import crosscheck.claim.Claim;
import crosscheck.claim.ClaimExtractor;
import crosscheck.ingest.Document;
import crosscheck.ingest.IngestOptions;
import crosscheck.ingest.IngestResult;
import crosscheck.ingest.Ingestor;
import crosscheck.ingest.Problem;
import crosscheck.pipeline.Pipeline;
import crosscheck.quantity.Quantity;
import crosscheck.report.ReportJson;
import crosscheck.ruleset.RuleSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;

/** {@code crosscheck extract}: print the claims of documents, one per line. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = "Print the claims of the given documents ('-' reads standard input).")
public final class ExtractCommand implements Callable<Integer> {
  /** Standard input, replaceable by tests. */
  static InputStream stdin = System.in;

  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH|-", description = "Files, folders, or '-' for standard input.")
  List<String> inputs;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FMT",
      description = "text or jsonl (one JSON object per claim) (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--lines", description = "Each input line is its own document (id = line number, from 1).")
  boolean lines;

  @Mixin RulesOption rules;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("jsonl")) {
      throw new IllegalArgumentException("unknown --format '" + format + "'; use text or jsonl");
    }
    RuleSet ruleSet = rules.load();
    Pipeline pipeline = new Pipeline(ruleSet);
    Ingestor ingestor = new Ingestor(ruleSet, IngestOptions.defaults());
    ClaimExtractor extractor = pipeline.claimExtractor();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = ReportJson.mapper().rebuild().disable(SerializationFeature.INDENT_OUTPUT).build();
    boolean problems = false;
    for (String input : inputs) {
      List<Document> docs = new ArrayList<>();
      if (input.equals("-")) {
        docs.addAll(fromText(ingestor, "-", new String(stdin.readAllBytes(), StandardCharsets.UTF_8)));
      } else if (lines) {
        Path p = Path.of(input);
        if (!Files.isRegularFile(p)) {
          err.println("problem: " + input + ": no such file");
          problems = true;
          continue;
        }
        docs.addAll(fromText(ingestor, input, Files.readString(p, StandardCharsets.UTF_8)));
      } else {
        IngestResult r = ingestor.ingest(List.of(Path.of(input)));
        docs.addAll(r.documents());
        for (Problem p : r.problems()) {
          err.println("problem: " + p.path() + (p.line() == null ? "" : ":" + p.line()) + ": " + p.message());
          problems |= p.severity() == Problem.Severity.error;
        }
      }
      for (Document d : docs) {
        for (Claim c : extractor.extract(d)) {
          out.println(format.equals("jsonl") ? json.writeValueAsString(c) : text(d, c));
        }
      }
    }
    out.flush();
    return problems ? ExitCode.INPUT.code() : ExitCode.OK.code();
  }

  private List<Document> fromText(Ingestor ingestor, String path, String text) throws IOException {
    if (!lines) {
      return List.of(ingestor.fromText(path.equals("-") ? "stdin" : path, path, text));
    }
    List<Document> docs = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        docs.add(ingestor.fromText(String.valueOf(n), path, line));
      }
    }
    return docs;
  }

  private static String text(Document d, Claim c) {
    StringBuilder b = new StringBuilder();
    b.append(d.id()).append('\t').append(c.start()).append('-').append(c.end()).append('\t');
    Quantity q = c.quantity();
    if (q != null) {
      b.append(q.surface()).append('\t').append(crosscheck.quantity.QuantityText.describe(q));
    } else {
      var a = c.assertion();
      b.append(c.polarity().id()).append(' ').append(a.agent()).append(' ').append(a.predicate())
          .append(' ').append(a.object());
      if (a.recipient() != null) {
        b.append(" -> ").append(a.recipient());
      }
    }
    b.append('\t').append(c.subject()).append('\t').append(c.metric()).append('\t').append(c.time())
        .append('\t').append(c.attribution());
    return b.toString();
  }
}
