package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.verdict.Fact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which documents are new in this run ({@code --batch DIR} or {@code --since REF}), and what of a
 * judged corpus they touch. The whole corpus is judged; the report keeps only the facts with at
 * least one claim from a new document, the claims of those facts and of the new documents, and
 * the documents those claims come from (plus every new document), so it stays self-contained.
 */
final class BatchScope {
  private final String description;
  private final Path batchRoot;
  private final Set<Path> changedFiles;

  private BatchScope(String description, Path batchRoot, Set<Path> changedFiles) {
    this.description = description;
    this.batchRoot = batchRoot;
    this.changedFiles = changedFiles;
  }

  /** The new documents are those under {@code dir} (a folder or one file). */
  static BatchScope batch(Path dir) {
    if (!Files.exists(dir)) {
      throw new IllegalArgumentException("--batch " + dir + ": no such file or folder");
    }
    return new BatchScope("--batch " + dir, real(dir), Set.of());
  }

  /** The new documents are the files git reports changed or untracked since {@code ref}. */
  static BatchScope since(Path corpus, String ref) {
    return new BatchScope("--since " + ref, null, GitChanges.since(corpus, ref));
  }

  String description() {
    return description;
  }

  /** The inputs to read: {@code inputs}, plus the batch folder when it lies outside them. */
  List<Path> inputs(List<Path> inputs) {
    if (batchRoot == null || inputs.stream().anyMatch(i -> Files.exists(i) && batchRoot.startsWith(real(i)))) {
      return inputs;
    }
    List<Path> all = new ArrayList<>(inputs);
    all.add(batchRoot);
    return all;
  }

  boolean isNew(Document d) {
    Path p = real(fileOf(d.path()));
    return batchRoot != null ? p.startsWith(batchRoot) : changedFiles.contains(p);
  }

  /** The part of the judged corpus to report. */
  Selection select(List<Document> documents, List<Claim> claims, List<Fact> facts) {
    Set<String> newDocs = new HashSet<>();
    documents.stream().filter(this::isNew).forEach(d -> newDocs.add(d.id()));
    Map<String, String> claimDocument = new HashMap<>();
    claims.forEach(c -> claimDocument.put(c.id(), c.document()));
    List<Fact> touched = facts.stream()
        .filter(f -> f.claims().stream().anyMatch(c -> newDocs.contains(claimDocument.get(c))))
        .toList();
    Set<String> keptClaims = new HashSet<>();
    touched.forEach(f -> keptClaims.addAll(f.claims()));
    List<Claim> claimsOut = claims.stream()
        .filter(c -> keptClaims.contains(c.id()) || newDocs.contains(c.document()))
        .toList();
    Set<String> keptDocs = new HashSet<>(newDocs);
    claimsOut.forEach(c -> keptDocs.add(c.document()));
    List<Document> docsOut = documents.stream().filter(d -> keptDocs.contains(d.id())).toList();
    return new Selection(docsOut, claimsOut, touched, newDocs.size(), documents.size(), facts.size());
  }

  /** What the batch report keeps, and the corpus counts it was taken from. */
  record Selection(
      List<Document> documents, List<Claim> claims, List<Fact> facts,
      int newDocuments, int corpusDocuments, int corpusFacts) {}

  /** A document's file: its path without the "#line" of a JSONL record. */
  private static Path fileOf(String documentPath) {
    Path p = Path.of(documentPath);
    int hash = documentPath.lastIndexOf('#');
    if (hash > 0 && !Files.exists(p) && documentPath.substring(hash + 1).chars().allMatch(Character::isDigit)) {
      return Path.of(documentPath.substring(0, hash));
    }
    return p;
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }
}
