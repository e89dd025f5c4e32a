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
    splitter.split(document.text()).forEach(quantities::extract);
    return List.of();
  }
}
