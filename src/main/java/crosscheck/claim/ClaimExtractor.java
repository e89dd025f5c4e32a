package crosscheck.claim;

import crosscheck.ingest.Document;
import crosscheck.quantity.QuantityExtractor;
import crosscheck.ruleset.RuleSet;
import crosscheck.text.SentenceSplitter;
import java.util.List;

/** Document to claims. (Foundation: none yet; the claims issue builds it.) */
public final class ClaimExtractor {
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final QuantityExtractor quantities;

  public ClaimExtractor(RuleSet rules) {
    this.quantities = new QuantityExtractor(rules);
  }

  /** The claims of one document, in text order. Thread-safe. */
  public List<Claim> extract(Document document) {
    // Interim (quantity issue): every quantity becomes a bare claim; the claims issue replaces this.
    List<Claim> claims = new java.util.ArrayList<>();
    for (crosscheck.text.Sentence s : splitter.split(document.text())) {
      for (crosscheck.quantity.Quantity q : quantities.extract(s)) {
        String id = crosscheck.ruleset.Hashes.shortId(document.sha256() + ":" + q.start() + ":" + q.end(), 16);
        claims.add(new Claim(id, document.id(), s.text(), q.start(), q.end(), Claim.Kind.QUANTITY, null, null,
            null, null, null, Modality.ASSERTED, Polarity.AFFIRMED, q, null, true, null, List.of(), List.of()));
      }
    }
    return claims;
  }
}
