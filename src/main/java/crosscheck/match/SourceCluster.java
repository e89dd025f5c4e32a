package crosscheck.match;

import java.util.List;

/**
 * Documents that count as one independent source: copies of one original, or outlets that all
 * quote one primary source.
 *
 * @param origin the document id taken as the original (earliest published, then smallest id)
 * @param documents all document ids in the cluster, origin first
 * @param via why they are one source: "text reuse 0.91 with ...", "all quote Kyiv Post", or
 *     "independent" for a cluster of one
 */
public record SourceCluster(String origin, List<String> documents, String via) {
  public SourceCluster {
    documents = List.copyOf(documents);
  }
}
