package crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Decoded text to clean article text, in the order that keeps each step honest: mojibake is
 * repaired first (it needs the characters as decoded), then the text is normalised, metadata is
 * read from it (the copyright footer is about to go), and boilerplate is removed last.
 */
final class ArticleCleaner {
  private final Boilerplate boilerplate;

  ArticleCleaner(Boilerplate boilerplate) {
    this.boilerplate = boilerplate;
  }

  /** Clean text with what was repaired, what was removed and what the text says about itself. */
  record Cleaned(String text, String language, List<Repair> repairs, List<Removed> removed, TextMetadata found) {}

  Cleaned clean(String decoded, List<Repair> decodingRepairs) {
    Mojibake.Result fixed = Mojibake.repair(decoded);
    List<Repair> repairs = new ArrayList<>(decodingRepairs);
    repairs.addAll(fixed.repairs());
    NormalizedText text = TextNormalizer.normalized(fixed.text());
    Scripts scripts = text.scripts();
    String[] lines = text.lines();
    TextMetadata found = TextMetadata.find(lines, scripts.dominant());
    Boilerplate.Result kept = boilerplate.apply(text, lines, scripts);
    return new Cleaned(kept.text(), scripts.language(), repairs, kept.removed(), found);
  }
}
