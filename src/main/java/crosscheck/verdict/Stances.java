package crosscheck.verdict;

import crosscheck.claim.Claim;
import crosscheck.claim.Polarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Who affirms and who denies an assertion fact, for the disputed and self-contradiction conditions. */
final class Stances {
  private Stances() {}

  /** Affirmed by some speakers and denied by others: who says which, in claim order. */
  static Optional<Map<String, String>> affirmedAndDenied(List<Claim> claims, Speakers speakers) {
    Map<String, String> pro = new LinkedHashMap<>();
    Map<String, String> con = new LinkedHashMap<>();
    for (Claim c : claims) {
      if (c.assertion() != null) {
        (c.polarity() == Polarity.NEGATED ? con : pro).computeIfAbsent(speakers.key(c), k -> speakers.label(c));
      }
    }
    if (pro.isEmpty() || con.isEmpty() || (pro.size() == 1 && pro.keySet().equals(con.keySet()))) {
      return Optional.empty();
    }
    return Optional.of(Map.of("for", Listing.of(pro.values(), "; "), "against", Listing.of(con.values(), "; ")));
  }

  /**
   * One speaker affirming in one sentence what it denies in another. One sentence read as both
   * affirming and denying is a parse, not a contradiction.
   */
  static Optional<Map<String, String>> selfContradiction(List<Claim> claims, Speakers speakers) {
    Map<String, List<Claim>> bySpeaker = new TreeMap<>();
    claims.forEach(c -> bySpeaker.computeIfAbsent(speakers.key(c), k -> new ArrayList<>()).add(c));
    for (List<Claim> said : bySpeaker.values()) {
      // the denials first: most speakers have none, and then their affirmations need no look
      List<Claim> denials = said.stream().filter(c -> c.assertion() != null && c.polarity() == Polarity.NEGATED).toList();
      if (denials.isEmpty()) {
        continue;
      }
      for (Claim yes : said) {
        if (yes.assertion() == null || yes.polarity() != Polarity.AFFIRMED) {
          continue;
        }
        for (Claim no : denials) {
          if (!no.sentence().equals(yes.sentence())) {
            return Optional.of(Map.of("doc", speakers.outlet(yes.document()), "a", "\"" + yes.sentence() + "\"",
                "b", "\"" + no.sentence() + "\"", "detail", ""));
          }
        }
      }
    }
    return Optional.empty();
  }
}
