package crosscheck.verdict;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.match.QuotedSources;
import java.util.Map;

/** Who says a claim (a document, and the named source it quotes) and when it refers to. */
final class Speakers {
  private final Map<String, Document> documents;
  /** Quoted source by attribution and outlet: a fact's claims repeat a few voices thousands of times. */
  private final Map<Voice, java.util.Optional<String>> quoted = new java.util.HashMap<>();

  private record Voice(String attribution, String outlet) {}

  Speakers(Map<String, Document> documents) {
    this.documents = documents;
  }

  /** The last key made, for its document and attribution (the same objects): a fact's claims come by document. */
  private String lastDocument;
  private String lastAttribution;
  private String lastKey;

  /** One speaker: the document plus the named source it quotes, if any. */
  String key(Claim c) {
    if (c.document() != lastDocument || c.attribution() != lastAttribution) {
      String q = quoted(c);
      lastKey = c.document() + (q == null ? OWN : "\u0000" + q);
      lastDocument = c.document();
      lastAttribution = c.attribution();
    }
    return lastKey;
  }

  /** The key suffix of a document's own voice: {@code key(c) == document + OWN}. */
  static final String OWN = "\u0000";

  /** "Kyiv Post via The Epoch Times", or the outlet alone when the claim is its own. */
  String label(Claim c) {
    String outlet = outlet(c.document());
    String q = quoted(c);
    return q == null ? outlet : c.attribution().strip() + " via " + outlet;
  }

  private String quoted(Claim c) {
    String outlet = outletOrNull(c.document());
    return quoted.computeIfAbsent(new Voice(c.attribution(), outlet),
        v -> java.util.Optional.ofNullable(QuotedSources.quoted(v.attribution(), v.outlet()))).orElse(null);
  }

  /** The outlet's name, else the document's file name, else its id. */
  String outlet(String documentId) {
    String o = outletOrNull(documentId);
    if (o != null) {
      return o;
    }
    Document d = documents.get(documentId);
    if (d == null || d.path() == null || d.path().isBlank()) {
      return documentId;
    }
    String p = d.path().replace('\\', '/');
    return p.substring(p.lastIndexOf('/') + 1);
  }

  private String outletOrNull(String documentId) {
    Document d = documents.get(documentId);
    return d == null ? null : d.source().value();
  }

  /** The time a claim's value holds for: the end of its period, else its document's date. */
  String referenceTime(Claim c) {
    if (c.time() != null && !c.time().isBlank()) {
      int slash = c.time().indexOf('/');
      return slash >= 0 ? c.time().substring(slash + 1) : c.time();
    }
    Document d = documents.get(c.document());
    return d == null ? null : d.published().value();
  }
}
