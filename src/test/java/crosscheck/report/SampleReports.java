package crosscheck.report;

import crosscheck.claim.Assertion;
import crosscheck.claim.Claim;
import crosscheck.claim.Modality;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import crosscheck.ingest.Problem;
import crosscheck.ingest.Removed;
import crosscheck.ingest.Repair;
import crosscheck.match.FactKey;
import crosscheck.match.SourceCluster;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.Hashes;
import crosscheck.verdict.Fact;
import crosscheck.verdict.FailOn;
import crosscheck.verdict.Review;
import crosscheck.verdict.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports built the way the pipeline will build them, from real text: three seed articles and
 * short articles written for the other sides of each fact. Offsets are found in the texts, so
 * sentences, offsets and line starts agree. Until the stages produce facts these stand in for them.
 */
final class SampleReports {
  static final Path SAMPLE_JSON = Path.of("fixtures/report/sample-report.json");
  static final Path HOSTILE_JSON = Path.of("fixtures/report/hostile-report.json");
  static final String SCRIPT = "<script>window.pwned=1</script>";
  static final String IMG = "<img src=x onerror=\"window.pwned=1\">";
  static final String JS_URL = "javascript:window.pwned=1";

  private SampleReports() {}

  /** The articles of a report, with their texts, and the claims found in them. */
  static final class Corpus {
    final Map<String, Document> docs = new LinkedHashMap<>();
    final List<Claim> claims = new ArrayList<>();
    final List<Fact> facts = new ArrayList<>();

    Document doc(String path, String outlet, String title, String published, String text) {
      String sha = Hashes.sha256(text);
      Document d = new Document(sha.substring(0, 16), path, Field.of(outlet, "manifest"), Field.of(title, "manifest"),
          Field.of(published, "manifest"), Field.of("https://example.org/" + path.replace('/', '-'), "manifest"),
          "en", text, sha, List.of(), List.of());
      docs.put(d.id(), d);
      return d;
    }

    Document seed(String file, String outlet, String published) {
      try {
        return doc("fixtures/seeds/" + file, outlet, null, published, Files.readString(Path.of("fixtures/seeds", file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** A quantity claim at the first place {@code surface} occurs in the document. */
    Claim quantity(Document d, String surface, String subject, String metric, String time, String attribution,
        Double point, Double low, Double high, Bound bound, String unit, String dimension, String per) {
      int start = at(d, surface);
      Quantity q = new Quantity(surface, start, start + surface.length(), point, low, high, low != null,
          high != null && bound != Bound.LESS_THAN, point == null ? null : Math.pow(10, Math.floor(Math.log10(Math.abs(point))) - 1),
          bound, bound == Bound.APPROX, unit, dimension, per, null);
      return add(new Claim(claimId(d, start, surface), d.id(), sentence(d.text(), start), start, start + surface.length(),
          Claim.Kind.QUANTITY, subject, metric, time, null, attribution,
          bound == Bound.APPROX ? Modality.ESTIMATE : Modality.ASSERTED, Polarity.AFFIRMED, q, null, true, null, List.of(), List.of()));
    }

    Claim assertion(Document d, String span, String attribution, Polarity polarity, String object, String objectClass) {
      int start = at(d, span);
      return add(new Claim(claimId(d, start, span), d.id(), sentence(d.text(), start), start, start + span.length(),
          Claim.Kind.ASSERTION, "China", "supply:" + objectClass, null, null, attribution, Modality.ASSERTED, polarity, null,
          new Assertion("China", "supply", object, objectClass, "Russia"), true, null, List.of(), List.of()));
    }

    Fact fact(FactKey key, Verdict verdict, String rule, String reason, List<Claim> cs, List<SourceCluster> chains) {
      long sources = cs.stream().map(Claim::document).distinct().count();
      Fact f = new Fact(Hashes.shortId(key.text(), 16), key, verdict, rule, reason, cs.stream().map(Claim::id).toList(),
          (int) sources, chains.isEmpty() ? (int) sources : chains.size(), chains, false, null);
      facts.add(f);
      return f;
    }

    void replace(Fact old, Fact now) {
      facts.set(facts.indexOf(old), now);
    }

    Report build(List<Problem> problems) {
      return ReportBuilder.build(new Tool("crosscheck", "0.1.0", Map.of("bundled/verdicts.yaml", "9f2c")),
          List.copyOf(docs.values()), claims, facts, problems, FailOn.CONFLICT);
    }

    private Claim add(Claim c) {
      claims.add(c);
      return c;
    }

    private static int at(Document d, String surface) {
      int i = d.text().indexOf(surface);
      if (i < 0) {
        throw new IllegalArgumentException(surface + " not in " + d.path());
      }
      return i;
    }

    private static String claimId(Document d, int start, String surface) {
      return Hashes.shortId(d.sha256() + ":" + start + "-" + (start + surface.length()), 16);
    }

    /** The sentence around an offset: from after the previous ". " or line break to the next. */
    static String sentence(String text, int at) {
      int from = Math.max(Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf('\n', at) + 1), 0);
      int dot = text.indexOf(". ", at);
      int nl = text.indexOf('\n', at);
      int to = Math.min(dot < 0 ? text.length() : dot + 1, nl < 0 ? text.length() : nl);
      return text.substring(from, to).strip();
    }
  }

  static SourceCluster alone(Document d) {
    return new SourceCluster(d.id(), List.of(d.id()), "independent");
  }

  /** The sample: every verdict, a copy chain, a baselined and a reviewed finding, problems. */
  static Report sample() {
    return build(false);
  }

  /** The same shape with attack text in titles, outlets, paths, sentences, reasons and notes. */
  static Report hostile() {
    return build(true);
  }

  private static Report build(boolean hostile) {
    String evil = hostile ? " " + SCRIPT + " " + IMG + " " : "";
    Corpus c = new Corpus();
    Document gatestone = c.seed("000_dbd79e22ba8e6035.txt", "Gatestone Institute", "2023-03");
    Document wtop = c.seed("001_6a370937ff382b5f.txt", "WTOP", "2025");
    Document epoch = c.seed("002_916a2b84a0e86218.txt", "The Epoch Times", "2025-06");
    Document may = c.seed("003_668af276d21bc4e5.txt", null, "2024-05");
    Document april = c.seed("004_a74d599b4b05ab5e.txt", null, "2024-04");
    Document wire = c.doc(hostile ? JS_URL + "/wire" + IMG + ".txt" : "corpus/wire-2023-02-24.txt",
        hostile ? "Wire" + SCRIPT : "Northern Wire", hostile ? "Losses" + IMG : "A year of war: the losses",
        "2023-02-24",
        "A year of war: the losses" + evil + "\nUkrainian officials said on Friday" + (hostile ? evil : " ") + "that Russia has lost about 120,000 troops"
            + " since the invasion began.\nWestern estimates vary widely.\nChina's defence budget will rise to 1.55 trillion"
            + " yuan ($293 billion) this year, the finance ministry said.\n");
    Document copy = c.doc("corpus/daily-reprint.txt", hostile ? JS_URL : "Daily Reprint", "Russia's losses, a year on", "2023-02-25",
        "Russia's losses, a year on\nUkrainian officials said on Friday that Russia has lost about 120,000 troops since the"
            + " invasion began.\nThe figure could not be verified independently.\n");
    Document later = c.doc("corpus/training-update.txt", "Kyiv Briefing", "Chinese officers in Russia", "2025-09-02",
        "Chinese officers in Russia\nUkraine's military intelligence now says about 1,000 Chinese military personnel have"
            + " trained in Russia since January.\nIn one passage the report speaks of 700 soldiers instead.\n");
    Document budget = c.doc("corpus/budget-analysis.txt", "Defence Ledger", "Spending, revised", "2023-05-10",
        "Spending, revised\nRevised figures show global defence spending fell by 1.5 percent in 2021, not 1.7."
            + "\nBeijing's 2023 budget is between $290 billion and $300 billion by most outside estimates."
            + "\nOne drone type carries a warhead of up to 90 kilograms, according to a Ukrainian engineer.\n");

    String note = hostile ? "false positive " + SCRIPT + IMG : "The 120,000 figure counts killed only; 200,000 includes wounded.";
    Fact losses = c.fact(new FactKey("Russia", "personnel-lost" + (hostile ? IMG : ""), "2023-02", null, "count"), Verdict.CONFLICT,
        "CONFLICT_OVER_TOLERANCE" + (hostile ? SCRIPT : ""),
        "200,000 vs 120,000: 40% apart, over the 10% tolerance for casualty estimates" + evil,
        List.of(c.quantity(gatestone, "an estimated 200,000 men", "Russia", "personnel-lost", "2023-02", "Gatestone Institute",
                200000.0, 180000.0, 220000.0, Bound.APPROX, "persons", "count", null),
            c.quantity(wire, "about 120,000 troops", "Russia", "personnel-lost", "2023-02", hostile ? "officials" + SCRIPT : "Ukrainian officials",
                120000.0, 108000.0, 132000.0, Bound.APPROX, "persons", "count", null),
            c.quantity(copy, "about 120,000 troops", "Russia", "personnel-lost", "2023-02", "Ukrainian officials",
                120000.0, 108000.0, 132000.0, Bound.APPROX, "persons", "count", null)),
        List.of(alone(gatestone), new SourceCluster(wire.id(), List.of(wire.id(), copy.id()),
            "text reuse 0.94 with " + wire.path() + (hostile ? " " + JS_URL : ""))));
    c.replace(losses, losses.withReview(new Review("false-alarm", note, hostile ? "Eve" + IMG : "A. Reviewer", "2026-11-20T10:15:00Z")));

    c.fact(new FactKey("China", "supply:weapons", null, null, "assertion"), Verdict.DISPUTED, "DISPUTED_DENIAL",
        "Asserted by 1 source, denied by 2: senior US officials say China supplies weapons; Beijing denies it" + evil,
        List.of(c.assertion(april, "go beyond non-lethal assistance", "senior US officials", Polarity.AFFIRMED, "weapons", "weapons"),
            c.assertion(epoch, "has never provided weapons to any warring party", "Guo Jiakun, Chinese Foreign Ministry",
                Polarity.NEGATED, "weapons", "weapons"),
            c.assertion(may, "China has not directly provided weapons to Russia", null, Polarity.NEGATED, "weapons", "weapons")),
        List.of(alone(april), alone(epoch), alone(may)));

    Claim thousand = c.quantity(later, "about 1,000 Chinese military personnel", "China", "military-personnel-sent", "2025",
        "Ukraine's military intelligence", 1000.0, 900.0, 1100.0, Bound.APPROX, "persons", "count", null);
    c.fact(new FactKey("China", "military-personnel-sent", "2025", "training in Russia", "count"), Verdict.INTERNAL_INCONSISTENCY,
        "INTERNAL_DIFFERENT_VALUES", "The same article gives 1,000 and 700 for one fact",
        List.of(thousand,
            c.quantity(later, "700 soldiers", "China", "military-personnel-sent", "2025", "Ukraine's military intelligence",
                700.0, 700.0, 700.0, Bound.EXACT, "persons", "count", null)),
        List.of(alone(later)));

    c.fact(new FactKey("China", "military-personnel-sent", "2025-06", null, "count"), Verdict.UPDATE, "UPDATE_LATER_DATE",
        "Kyiv Briefing (2025-09-02) gives about 1,000, later than The Epoch Times' around 600 (2025-06): a newer figure, not a conflict",
        List.of(c.quantity(epoch, "around 600 military personnel", "China", "military-personnel-sent", "2025-06",
                "Ukrainian intelligence via Kyiv Post", 600.0, 540.0, 660.0, Bound.APPROX, "persons", "count", null), thousand),
        List.of(alone(epoch), alone(later)));

    c.fact(new FactKey("China", "dual-use-exports-to-Russia", "2024", null, "currency"), Verdict.SINGLE_SOURCE,
        "SINGLE_INDEPENDENT_SOURCE", "Only WTOP states it, citing one intelligence official",
        List.of(c.quantity(wtop, "more than $300 million", "China", "dual-use-exports-to-Russia", "2024", "public data",
            300_000_000.0, 300_000_000.0, null, Bound.MORE_THAN, "USD", "currency", "month")),
        List.of(alone(wtop)));

    c.fact(new FactKey("global", "defence-spending-change", "2021", null, "percent"), Verdict.REVISION, "REVISION_SAME_SOURCE_LINE",
        "-1.5% replaces -1.7%: a revised figure published later",
        List.of(c.quantity(gatestone, "1.7 percent", "global", "defence-spending-change", "2021", null,
                -1.7, -1.7, -1.7, Bound.EXACT, "percent", "percent", null),
            c.quantity(budget, "1.5 percent", "global", "defence-spending-change", "2021", null,
                -1.5, -1.5, -1.5, Bound.EXACT, "percent", "percent", null)),
        List.of(alone(gatestone), alone(budget)));

    c.fact(new FactKey("Russia", "drone-warhead-mass", null, null, "mass"), Verdict.NOT_COMPARABLE,
        "NOT_COMPARABLE_SCOPE", "A range for one drone family and a maximum for another type: not the same thing",
        List.of(c.quantity(gatestone, "between 35 and 50 kilograms", "Russia", "drone-warhead-mass", null, null,
                null, 35.0, 50.0, Bound.RANGE, "kg", "mass", null),
            c.quantity(budget, "up to 90 kilograms", "Russia", "drone-warhead-mass", null, "a Ukrainian engineer",
                90.0, null, 90.0, Bound.AT_MOST, "kg", "mass", null)),
        List.of(alone(gatestone), alone(budget)));

    c.fact(new FactKey("China", "defence-spending", "2023", null, "currency"), Verdict.AGREEMENT, "AGREEMENT_WITHIN_TOLERANCE",
        "$293 billion, $293 billion and $290-300 billion agree within 1%",
        List.of(c.quantity(gatestone, "$293 billion", "China", "defence-spending", "2023", null,
                2.93e11, 2.93e11, 2.93e11, Bound.EXACT, "USD", "currency", "year"),
            c.quantity(wire, "$293 billion", "China", "defence-spending", "2023", "the finance ministry",
                2.93e11, 2.93e11, 2.93e11, Bound.EXACT, "USD", "currency", "year"),
            c.quantity(budget, "between $290 billion and $300 billion", "China", "defence-spending", "2023", "outside estimates",
                null, 2.9e11, 3.0e11, Bound.RANGE, "USD", "currency", "year")),
        List.of(alone(gatestone), alone(wire), alone(budget)));

    Fact second = c.fact(new FactKey("Russia", "personnel-lost", "2023-02", "Western estimate", "count"), Verdict.CONFLICT,
        "CONFLICT_OVER_TOLERANCE", "200,000 vs 120,000 (copied once): over the 10% tolerance; in the baseline since the last run",
        List.of(c.claims.get(0), c.claims.get(2)), List.of(alone(gatestone), alone(copy)));
    c.replace(second, second.withBaselined(true));

    List<Problem> problems = List.of(
        Problem.error(hostile ? JS_URL + IMG : "corpus/broken.pdf", null,
            "not a text, HTML or JSON article (PDF): skipped" + (hostile ? SCRIPT : "")),
        Problem.warning("fixtures/seeds/001_6a370937ff382b5f.txt", 15, "mojibake repaired (UTF-8 read as GBK); 2 sequences left as is"));
    Report r = c.build(problems);
    if (!hostile) {
      return r;
    }
    List<DocumentEntry> docs = r.documents().stream().map(d -> d.path().startsWith(JS_URL)
        ? new DocumentEntry(d.id(), d.path(), d.source(), d.title(), d.published(), JS_URL, d.language(), d.sha256(), d.chars(),
            d.origins(), List.of(new Repair("mojibake" + SCRIPT, IMG)), List.of(new Removed("SPAM" + IMG, SCRIPT)), d.lineStarts())
        : d).toList();
    return new Report(r.formatVersion(), r.tool(), docs, r.claims(), r.facts(), r.problems(), r.summary());
  }

  /** A synthetic report of {@code n} facts (three claims each) for size and speed figures. */
  static Report large(int n) {
    Corpus c = new Corpus();
    List<Document> docs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder("Outlet " + i + " report\n");
      docs.add(c.doc("corpus/outlet-" + i + ".txt", "Outlet " + i, "Report " + i, "2024-" + (1 + i % 12), text.toString()));
    }
    Verdict[] verdicts = Verdict.values();
    List<Claim> claims = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      List<Claim> cs = new ArrayList<>();
      for (int k = 0; k < 3; k++) {
        Document d = docs.get((i + k * 7) % docs.size());
        double v = (1000 + i * 10 + k * (i % 3 == 0 ? 400 : 5)) * (i % 10 == 0 && k == 2 ? 100 : 1); // some need a log axis
        String surface = String.format(java.util.Locale.ROOT, "about %,d tonnes", (long) v);
        Quantity q = new Quantity(surface, 40 + k, 40 + k + surface.length(), v, v * 0.9, v * 1.1, true, true, 10.0,
            Bound.APPROX, true, "t", "mass", null, null);
        cs.add(new Claim(Hashes.shortId(i + ":" + k, 16), d.id(), "Exports of commodity " + i + " reached " + surface
            + " last month, officials in region " + (i % 50) + " said.", 40 + k, 40 + k + surface.length(), Claim.Kind.QUANTITY,
            "region-" + (i % 50), "exports-" + (i % 20), "2024-0" + (1 + i % 9), null, "officials", Modality.ESTIMATE,
            Polarity.AFFIRMED, q, null, true, null, List.of(), List.of()));
      }
      claims.addAll(cs);
      Verdict v = verdicts[i % verdicts.length];
      FactKey key = new FactKey("region-" + (i % 50), "exports-" + (i % 20), "2024-0" + (1 + i % 9), "item " + i, "mass");
      facts.add(new Fact(Hashes.shortId(key.text(), 16), key, v, "RULE_" + v.name(), "Synthetic reason " + i,
          cs.stream().map(Claim::id).toList(), 3, 3, List.of(), false, null));
    }
    return ReportBuilder.build(new Tool("crosscheck", "0.1.0", Map.of()), List.copyOf(c.docs.values()), claims, facts,
        List.of(), FailOn.CONFLICT);
  }
}
