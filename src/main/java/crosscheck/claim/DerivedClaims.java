package crosscheck.claim;

import crosscheck.quantity.Quantity;
import crosscheck.ruleset.Hashes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Claims implied by two others: a share of a total ("one third of China's total exports") next to
 * an amount of the same metric ("exports ... worth more than $300 million") implies the total
 * (about $900 million). The derived claim carries the ids of its parts in {@code derivedFrom}, an
 * id hashing those, the share's span, and scope "total", so that arithmetic can be checked against
 * other sources' totals.
 */
final class DerivedClaims {
  private static final int SENTENCE_REACH = 2;

  private DerivedClaims() {}

  /**
   * The claims with derived ones inserted after the share they come from.
   *
   * @param shareOfTotal ids of the percent or ratio claims whose measured noun is a total
   * @param sentenceOf the sentence index of each claim id
   */
  static List<Claim> add(
      List<Claim> claims,
      java.util.Set<String> shareOfTotal,
      java.util.Map<String, Integer> sentenceOf) {
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim share = claims.get(i);
      out.add(share);
      if (!shareOfTotal.contains(share.id())) {
        continue;
      }
      Double fraction = fraction(share.quantity());
      if (fraction == null || fraction <= 0 || fraction >= 1) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Claim part = claims.get(j);
        if (sentenceOf.get(share.id()) - sentenceOf.getOrDefault(part.id(), -99) > SENTENCE_REACH) {
          break;
        }
        if (part.kind() == Claim.Kind.QUANTITY
            && part.metric() != null
            && part.metric().equals(share.metric())
            && isAmount(part.quantity())
            && (share.subject() == null || Objects.equals(share.subject(), part.subject()))) {
          out.add(total(part, share, fraction));
          break;
        }
      }
    }
    return out;
  }

  private static boolean isAmount(Quantity q) {
    return !"percent".equals(q.dimension()) && !"ratio".equals(q.dimension());
  }

  private static Double fraction(Quantity q) {
    Double v = q.point() != null ? q.point() : q.low();
    if (v == null) {
      return null;
    }
    // if-statements, not nested ?: with a double branch, which would unbox the null
    if ("percent".equals(q.dimension())) {
      return v / 100;
    }
    return "ratio".equals(q.dimension()) ? v : null;
  }

  private static Claim total(Claim part, Claim share, double f) {
    Quantity p = part.quantity();
    Quantity s = share.quantity();
    Quantity q =
        new Quantity(
            s.surface(),
            s.start(),
            s.end(),
            div(p.point(), f),
            div(p.low(), f),
            div(p.high(), f),
            p.lowInclusive(),
            p.highInclusive(),
            div(p.precision(), f),
            p.bound(),
            true,
            p.unit(),
            p.dimension(),
            p.per(),
            p.change());
    String id = Hashes.shortId(part.id() + "+" + share.id(), 16);
    return new Claim(
        id,
        share.document(),
        share.sentence(),
        s.start(),
        s.end(),
        Claim.Kind.QUANTITY,
        part.subject(),
        part.metric(),
        part.time() != null ? part.time() : share.time(),
        "total",
        share.attribution(),
        Modality.ESTIMATE,
        share.polarity(),
        q,
        null,
        true,
        null,
        List.of(),
        List.of(part.id(), share.id()));
  }

  private static Double div(Double v, double f) {
    return v == null ? null : v / f;
  }
}
