package crosscheck.claim;

import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import crosscheck.quantity.Quantity;
import crosscheck.ruleset.Hashes;
import crosscheck.ruleset.RuleSet;
import java.util.List;

/** Documents and extractors for the claim tests. */
final class ClaimHarness {
  static final String PUBLISHED = "2025-06";

  private ClaimHarness() {}

  static Document document(String id, String text, String outlet, String published) {
    return new Document(
        id,
        id,
        Field.of(outlet, "manifest"),
        Field.UNKNOWN,
        Field.of(published, "manifest"),
        Field.UNKNOWN,
        "en",
        text,
        Hashes.sha256(text),
        List.of(),
        List.of());
  }

  static Document document(String text) {
    return document("example", text, "Test Wire", PUBLISHED);
  }

  /** The claims of {@code text} when its quantities are exactly {@code quantities}. */
  static List<Claim> claims(RuleSet rules, Document doc, List<Quantity> quantities) {
    return new ClaimExtractor(rules, TestQuantities.source(quantities)).extract(doc);
  }

  /**
   * One-line summary of an assertion claim: "agent | predicate | object | class | recipient |
   * polarity".
   */
  static String summary(Claim c) {
    Assertion a = c.assertion();
    return String.join(
        " | ",
        dash(a.agent()),
        a.predicate(),
        a.object(),
        a.objectClass(),
        dash(a.recipient()),
        c.polarity().id());
  }

  private static String dash(String s) {
    return s == null ? "-" : s;
  }

  /** The index of the first token at or after the first occurrence of {@code span} in the text. */
  static int tokenAt(Tokens t, String text, String span) {
    return t.indexAtOrAfter(text.indexOf(span));
  }
}
