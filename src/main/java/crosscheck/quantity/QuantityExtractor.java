package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.text.Sentence;
import java.util.List;

/** Sentence to quantities. (Foundation: finds nothing yet; the quantity issue builds the scanner.) */
public final class QuantityExtractor {
  public QuantityExtractor(RuleSet rules) {}

  /** The quantities of one sentence, offsets in the document text, in text order. */
  public List<Quantity> extract(Sentence sentence) {
    return List.of();
  }
}
