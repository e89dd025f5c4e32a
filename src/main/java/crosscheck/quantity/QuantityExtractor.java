package crosscheck.quantity;

import crosscheck.ruleset.RuleSet;
import crosscheck.text.Sentence;
import java.util.List;

/**
 * Text to quantities: numbers with unit, scale, bound, precision, change and rate, at their exact
 * place. The rule tables (rules/numbers, units, hedges, changes, rates, nonquantities) are read
 * once here; each call scans its text in one pass. Thread-safe: instances hold only immutable
 * lookup tables.
 */
public final class QuantityExtractor {
  private final Lexicon lexicon;

  public QuantityExtractor(RuleSet rules) {
    this.lexicon = new Lexicon(rules);
  }

  /** The quantities of one sentence, offsets in the document text, in text order. */
  public List<Quantity> extract(Sentence sentence) {
    String text = sentence.text();
    return new Scanner(lexicon, text, 0, text.length(), sentence.start()).run();
  }

  /** The quantities of a whole text, offsets in that text, in text order. */
  public List<Quantity> extract(String text) {
    return new Scanner(lexicon, text, 0, text.length(), 0).run();
  }
}
