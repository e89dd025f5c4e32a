package crosscheck.match;

import crosscheck.claim.Assertion;
import crosscheck.claim.Claim;
import crosscheck.claim.Modality;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.Hashes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test builder of documents and the claims the claim stage would give them, and the parser of the
 * compact example notation of the verdict and tolerance rule files:
 *
 * <pre>
 * example := [metric ":"] side (" | " side)*
 * side    := (quantity | ("affirm" | "deny") predicate object) (" ; " key "=" value)*
 * keys    := doc, outlet, by (attribution), time, published, copy (reuses that doc's text)
 * </pre>
 *
 * Quantities follow {@link QuantityPhrase}. Each side without {@code doc} is its own document
 * (D1, D2, ...) from its own outlet, all published 2024-05-01 unless told; quantity claims are
 * about Russia, assertions have agent China and recipient Russia. Each document gets its own
 * filler paragraph so only {@code copy} makes documents reuse text.
 */
public final class Corpus {
  private static final String[] FILLER = {
    "The figures were released after a week of closed-door talks in the capital.",
    "Analysts cautioned that independent verification remains difficult in the region.",
    "The ministry did not respond to a request for comment on Tuesday evening.",
    "Diplomats from several European countries met in Brussels to discuss the findings.",
    "Satellite images reviewed by researchers show new construction near the border.",
    "Lawmakers have called for a full inquiry into how the numbers were compiled.",
    "Local officials described the situation on the ground as tense but stable.",
    "The report was shared with journalists on condition that its authors not be named.",
    "Markets reacted calmly to the announcement, with the currency little changed.",
    "A spokesman for the defence committee said more details would follow next month.",
    "Residents interviewed by reporters said they had heard explosions overnight.",
    "Observers noted that the estimate differs from figures published last year.",
    "The government has repeatedly rejected earlier accounts as exaggerated.",
    "Negotiators are expected to resume their discussions in Geneva later this week.",
    "Independent monitors have asked for access to the sites in question.",
  };
  private static final String[] LEADS = {
    "Officials said the total was", "The report put the figure at", "According to the latest count, it was",
    "Figures seen by reporters show", "The estimate stands at", "Data released on Monday showed",
  };

  private record Doc(String id, String outlet, String published, StringBuilder text, String copyOf) {}

  private final Map<String, Doc> docs = new LinkedHashMap<>();
  private final List<Claim> claims = new ArrayList<>();

  /** Registers a document with a filler paragraph of its own (or the text of {@code copyOf}). */
  public Corpus document(String id, String outlet, String published, String copyOf) {
    int n = docs.size();
    StringBuilder text = new StringBuilder();
    if (copyOf != null) {
      text.append(docs.get(copyOf).text()).append("Republished with permission. ");
    } else {
      for (int i = 0; i < 3; i++) {
        text.append(FILLER[(3 * n + i) % FILLER.length]).append(' ');
      }
    }
    docs.put(id, new Doc(id, outlet, published, text, copyOf));
    return this;
  }

  /** Registers a document with the given text (a real article); claims are then found in it. */
  public Corpus article(String id, String outlet, String published, String text) {
    docs.put(id, new Doc(id, outlet, published, new StringBuilder(text), null));
    return this;
  }

  /** Adds the assertion a claim extractor gives for the span {@code fragment} of an article. */
  public Claim statedAssertion(String doc, String fragment, String agent, String predicate, String object,
      String objectClass, boolean affirmed, String attribution) {
    int at = find(doc, fragment);
    Claim c = new Claim(Hashes.shortId(doc + ":" + at, 16), doc, sentenceAround(doc, at, fragment), at,
        at + fragment.length(), Claim.Kind.ASSERTION, agent, null, null, null, attribution, Modality.ASSERTED,
        affirmed ? Polarity.AFFIRMED : Polarity.NEGATED, null, new Assertion(agent, predicate, object, objectClass, "Russia"),
        true, null, List.of(), List.of());
    claims.add(c);
    return c;
  }

  /** Adds the quantity claim a claim extractor gives for the span {@code fragment} of an article. */
  public Claim statedQuantity(String doc, String fragment, String subject, String metric, String time, String attribution) {
    int at = find(doc, fragment);
    Quantity q = QuantityPhrase.parse(fragment, at).quantity();
    Claim c = new Claim(Hashes.shortId(doc + ":" + at, 16), doc, sentenceAround(doc, at, fragment), q.start(), q.end(),
        Claim.Kind.QUANTITY, subject, metric, time, null, attribution, Modality.ASSERTED, Polarity.AFFIRMED, q, null,
        true, null, List.of(), List.of());
    claims.add(c);
    return c;
  }

  private int find(String doc, String fragment) {
    int at = docs.get(doc).text().indexOf(fragment);
    if (at < 0) {
      throw new IllegalArgumentException("'" + fragment + "' is not in " + doc);
    }
    return at;
  }

  private String sentenceAround(String doc, int at, String fragment) {
    String text = docs.get(doc).text().toString();
    int dot = text.lastIndexOf(". ", at);
    int from = Math.max(dot < 0 ? 0 : dot + 2, text.lastIndexOf('\n', at) + 1);
    int to = text.indexOf('.', at + fragment.length());
    return text.substring(from, to < 0 ? text.length() : to + 1).strip();
  }

  /** Adds a quantity claim stated in a sentence of the document, returning it. */
  public Claim quantity(String doc, String subject, String metric, String time, String phrase, String attribution) {
    Doc d = docs.get(doc);
    String lead = LEADS[(docs.size() + claims.size()) % LEADS.length];
    String sentence = lead + " " + phrase + (attribution == null ? "" : ", according to " + attribution) + ".";
    int sentenceStart = d.text().length();
    d.text().append(sentence).append(' ');
    QuantityPhrase.Parsed p = QuantityPhrase.parse(phrase, sentenceStart + lead.length() + 1);
    Quantity q = p.quantity();
    Claim c = new Claim(Hashes.shortId(doc + ":" + q.start() + ":" + q.end(), 16), doc, sentence, q.start(), q.end(),
        Claim.Kind.QUANTITY, subject, metric, time, null, attribution, Modality.ASSERTED, Polarity.AFFIRMED, q, null,
        true, null, List.of(), List.of());
    claims.add(c);
    return c;
  }

  /** Adds an assertion claim with its sentence, returning it. */
  public Claim assertion(String doc, String agent, String predicate, String object, String recipient,
      boolean affirmed, String attribution) {
    Doc d = docs.get(doc);
    String sentence = (attribution == null ? "" : attribution + " said that ") + agent
        + (affirmed ? " does " : " does not ") + predicate + " " + object + " to " + recipient + ".";
    int start = d.text().length();
    d.text().append(sentence).append(' ');
    Claim c = new Claim(Hashes.shortId(doc + ":" + start, 16), doc, sentence, start, start + sentence.length(),
        Claim.Kind.ASSERTION, agent, null, null, null, attribution, Modality.ASSERTED,
        affirmed ? Polarity.AFFIRMED : Polarity.NEGATED, null, new Assertion(agent, predicate, object, null, recipient),
        true, null, List.of(), List.of());
    claims.add(c);
    return c;
  }

  public List<Document> documents() {
    List<Document> out = new ArrayList<>();
    for (Doc d : docs.values()) {
      String text = d.text().toString();
      out.add(new Document(d.id(), d.id() + ".txt", Field.of(d.outlet(), "manifest"), Field.UNKNOWN,
          Field.of(d.published(), "manifest"), Field.UNKNOWN, "en", text, Hashes.sha256(text), List.of(), List.of()));
    }
    return out;
  }

  public List<Claim> claims() {
    return List.copyOf(claims);
  }

  /** Parses the compact example notation (see the class comment). */
  public static Corpus parse(String example) {
    String metric = "amount";
    String body = example.strip();
    int colon = body.indexOf(": ");
    if (colon > 0 && body.substring(0, colon).matches("[a-z][a-z-]*")) {
      metric = body.substring(0, colon);
      body = body.substring(colon + 2);
    }
    Corpus corpus = new Corpus();
    int n = 0;
    for (String side : body.split(" \\| ")) {
      n++;
      String[] parts = side.split(" ; ");
      Map<String, String> opt = new HashMap<>();
      for (int i = 1; i < parts.length; i++) {
        String[] kv = parts[i].split("=", 2);
        opt.put(kv[0].strip(), kv[1].strip());
      }
      String doc = opt.getOrDefault("doc", "D" + n);
      if (!corpus.docs.containsKey(doc)) {
        corpus.document(doc, opt.getOrDefault("outlet", "Outlet " + doc), opt.getOrDefault("published", "2024-05-01"),
            opt.get("copy"));
      }
      String claim = parts[0].strip();
      if (claim.startsWith("affirm ") || claim.startsWith("deny ")) {
        String[] w = claim.split(" ", 3);
        corpus.assertion(doc, "China", w[1], w[2], "Russia", w[0].equals("affirm"), opt.get("by"));
      } else {
        corpus.quantity(doc, "Russia", metric, opt.get("time"), claim, opt.get("by"));
      }
    }
    return corpus;
  }
}
