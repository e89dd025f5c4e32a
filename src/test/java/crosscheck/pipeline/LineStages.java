package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.claim.Modality;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.match.FactKey;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import crosscheck.verdict.Fact;
import crosscheck.verdict.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test stand-ins for the claim, match and verdict stages (on this branch the real ones return
 * nothing): every line "SUBJECT = NUMBER" is a claim; claims with one subject are one fact, a
 * conflict when their numbers differ, an agreement when they agree, single-source when one
 * document says it. Counts extractor calls so tests can see what the cache saved.
 */
final class LineStages {
  final AtomicInteger extractions = new AtomicInteger();

  Pipeline pipeline() {
    return new Pipeline(RuleSet.bundled(), this::extract, LineStages::facts);
  }

  List<Claim> extract(Document d) {
    extractions.incrementAndGet();
    List<Claim> out = new ArrayList<>();
    String text = d.text();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      String line = text.substring(start, end);
      int eq = line.indexOf(" = ");
      if (eq > 0) {
        double value = Double.parseDouble(line.substring(eq + 3).strip());
        String surface = line.substring(eq + 3).strip();
        int qs = start + eq + 3;
        Quantity q = new Quantity(surface, qs, qs + surface.length(), value, value, value, true, true,
            0.1, Bound.EXACT, false, "persons", "count", null, null);
        String id = Hashes.shortId(d.sha256() + ":" + start + ":" + end, 16);
        out.add(new Claim(id, d.id(), line, start, end, Claim.Kind.QUANTITY, line.substring(0, eq).strip(),
            "value", null, null, "outlet", Modality.ASSERTED, Polarity.AFFIRMED, q, null, true, null,
            List.of(), List.of()));
      }
      start = end + 1;
    }
    return out;
  }

  static List<Fact> facts(List<Document> documents, List<Claim> claims) {
    Map<String, List<Claim>> bySubject = new TreeMap<>();
    claims.forEach(c -> bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c));
    List<Fact> facts = new ArrayList<>();
    bySubject.forEach((subject, cs) -> {
      Set<String> docs = new TreeSet<>();
      Set<Double> values = new TreeSet<>();
      cs.forEach(c -> {
        docs.add(c.document());
        values.add(c.quantity().point());
      });
      Verdict v = docs.size() == 1 ? Verdict.SINGLE_SOURCE
          : values.size() == 1 ? Verdict.AGREEMENT : Verdict.CONFLICT;
      FactKey key = new FactKey(subject, "value", null, null, "count");
      facts.add(new Fact(Hashes.shortId(key.text(), 16), key, v, "TEST_" + v.name(), "values " + values,
          cs.stream().map(Claim::id).sorted().toList(), docs.size(), docs.size(), List.of(), false, null));
    });
    return facts;
  }
}
