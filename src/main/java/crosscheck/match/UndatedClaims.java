package crosscheck.match;

import crosscheck.claim.Claim;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Claims whose sentence names no time ("around 600 Chinese military personnel are in Russia") join
 * the dated fact with otherwise the same key (subject, metric, scope, dimension) when exactly one
 * such fact exists and no claim of the undated block was published before that fact's year: an
 * article cannot report a figure for a later year, and with two dated candidates (2023 and 2024)
 * the right year is unknown, so the claims stay an undated fact of their own. Without this the
 * same disagreement is reported twice, once dated and once undated.
 */
final class UndatedClaims {
  private UndatedClaims() {}

  /**
   * @param published each document's publication date by id (null when unknown)
   * @param alone the {@link #timeless} texts whose undated claims stay alone whatever the blocks
   *     hold: two or more dated keys like them are in the corpus, perhaps not all among these blocks
   */
  static void place(Map<FactKey, List<Claim>> blocks, Map<String, String> published, java.util.Set<String> alone) {
    Map<String, List<FactKey>> dated = new HashMap<>();
    for (FactKey k : blocks.keySet()) {
      if (k.time() != null) {
        dated.computeIfAbsent(timeless(k), x -> new ArrayList<>()).add(k);
      }
    }
    List<FactKey> undated = new ArrayList<>();
    for (FactKey k : blocks.keySet()) {
      if (k.time() == null && !"assertion".equals(k.dimension())) {
        undated.add(k);
      }
    }
    undated.sort(java.util.Comparator.comparing(FactKey::text));
    for (FactKey k : undated) {
      if (alone.contains(timeless(k))) {
        continue;
      }
      List<FactKey> candidates = dated.getOrDefault(timeless(k), List.of());
      if (candidates.size() != 1) {
        continue;
      }
      FactKey target = candidates.get(0);
      List<Claim> claims = blocks.get(k);
      if (claims.stream().allMatch(c -> notBefore(published.get(c.document()), target.time()))) {
        blocks.get(target).addAll(blocks.remove(k));
      }
    }
  }

  /** A key without its time: what an undated key and the dated keys it may join share. */
  static String timeless(FactKey k) {
    return k.subject() + "|" + k.metric() + "|" + k.scope() + "|" + k.dimension();
  }

  /** Whether a document published at {@code published} can report on {@code time} (by year). */
  private static boolean notBefore(String published, String time) {
    if (published == null || published.length() < 4 || time.length() < 4) {
      return true;
    }
    return published.substring(0, 4).compareTo(time.substring(0, 4)) >= 0;
  }
}
