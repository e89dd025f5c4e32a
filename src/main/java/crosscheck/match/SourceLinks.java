package crosscheck.match;

import crosscheck.ingest.Document;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the matcher knows of the whole corpus beyond one partition's claims: which documents reuse
 * one text (from their MinHash signatures) and each document's outlet and date. Built once per
 * run; every partition is matched against it.
 */
public final class SourceLinks {
  private final SourceIndependence independence;
  private final Map<String, String> published = new HashMap<>();
  /** Each document id's place among the corpus's ids in their natural order. */
  private final Map<String, Integer> idRank = new HashMap<>();

  SourceLinks(List<Document> documents, List<long[]> signatures) {
    this.independence = new SourceIndependence(documents, signatures);
    for (Document d : documents) {
      published.put(d.id(), d.published() == null ? null : d.published().value());
    }
    List<String> ids = new java.util.ArrayList<>(published.keySet());
    ids.sort(null);
    for (int i = 0; i < ids.size(); i++) {
      idRank.put(ids.get(i), i);
    }
  }

  /**
   * The document id's place among the corpus's ids in their natural order, or -1 for an id the
   * corpus lacks: ranks compare as the ids do, at the cost of an int.
   */
  int idRank(String documentId) {
    Integer rank = idRank.get(documentId);
    return rank == null ? -1 : rank;
  }

  /** Publication dates by document id (null when unknown). */
  Map<String, String> published() {
    return published;
  }

  SourceIndependence independence() {
    return independence;
  }

  /**
   * The part of a document's standing that depends on other documents: the document its text
   * reuse cluster is rooted at and its best reuse score. A partition whose documents keep their
   * content and this value gets the same facts.
   */
  public String reuseOf(String documentId) {
    return independence.reuseRoot(documentId) + "@" + independence.reuseScore(documentId);
  }
}
