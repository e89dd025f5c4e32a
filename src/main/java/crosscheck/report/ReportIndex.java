package crosscheck.report;

import crosscheck.claim.Claim;
import crosscheck.match.FactKey;
import crosscheck.verdict.Fact;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Lookups the renderers share: documents and claims by id. */
final class ReportIndex {
  private final Map<String, DocumentEntry> documents = new HashMap<>();
  private final Map<String, Claim> claims = new HashMap<>();

  ReportIndex(Report report) {
    report.documents().forEach(d -> documents.put(d.id(), d));
    report.claims().forEach(c -> claims.put(c.id(), c));
  }

  DocumentEntry document(String id) {
    return documents.get(id);
  }

  /** The fact's claims that the report carries, in the fact's order. */
  List<Claim> claimsOf(Fact f) {
    return f.claims().stream().map(claims::get).filter(Objects::nonNull).toList();
  }

  /** A fact key as people read it: subject · metric · time · scope, unknown parts left out. */
  static String label(FactKey key) {
    return java.util.stream.Stream.of(key.subject(), key.metric(), key.time(), key.scope())
        .filter(Objects::nonNull).collect(java.util.stream.Collectors.joining(" · "));
  }

  /** The outlet of a document, else its title, else its file name, else the id itself. */
  String outlet(String documentId) {
    DocumentEntry d = documents.get(documentId);
    if (d == null) {
      return documentId;
    }
    if (d.source() != null || d.title() != null) {
      return d.source() != null ? d.source() : d.title();
    }
    return d.path().substring(Math.max(d.path().lastIndexOf('/'), d.path().lastIndexOf('\\')) + 1);
  }
}
