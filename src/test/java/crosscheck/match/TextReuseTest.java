package crosscheck.match;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReuseTest {
  private static final String WIRE =
      "KYIV, June 26 - China is sending around 600 military personnel to Russia for training at bases"
          + " and training centres, Ukraine's defence intelligence agency said on Thursday. The programme"
          + " covers tank operation, artillery, military engineering and air defence, the agency said,"
          + " adding that the decision was taken by the Kremlin at the highest level.";
  private static final String REWRITE =
      "China is sending around 600 military personnel to Russia for training at bases and training"
          + " centres, Ukraine's defence intelligence agency said on Thursday. The programme covers tank"
          + " operation, artillery, military engineering and air defence, the agency said. Beijing has not commented.";
  private static final String OTHER =
      "Beijing's foreign ministry rejected reports that Chinese soldiers were training in Russia, saying"
          + " China has never provided weapons to any party in the conflict and supports peace talks.";

  private static Document doc(String id, String text) {
    return new Document(id, id, Field.UNKNOWN, Field.UNKNOWN, Field.UNKNOWN, Field.UNKNOWN, "en", text, id, List.of(), List.of());
  }

  @Test
  void aLightRewriteOfWireCopyIsFoundAndADifferentStoryIsNot() {
    List<TextReuse.Link> links = TextReuse.links(List.of(doc("a", WIRE), doc("b", OTHER), doc("c", REWRITE)));
    assertThat(links).singleElement().satisfies(l -> {
      assertThat(l.a()).isEqualTo(0);
      assertThat(l.b()).isEqualTo(2);
      assertThat(l.similarity()).isGreaterThan(TextReuse.THRESHOLD);
    });
  }

  @Test
  void aCopyListedFirstLeavesTheNameOfTheReuseClusterItJoins() {
    List<Document> before = List.of(doc("b", WIRE), doc("c", REWRITE), doc("d", OTHER));
    List<Document> after = List.of(doc("z", WIRE + " Republished."), doc("b", WIRE), doc("c", REWRITE), doc("d", OTHER));
    SourceLinks was = new SourceLinks(before, FactMatcher.signatures(before));
    SourceLinks is = new SourceLinks(after, FactMatcher.signatures(after));
    assertThat(is.independence().reuseRoot("z")).as("the copy joins the cluster").isEqualTo(is.independence().reuseRoot("b"));
    // the run memo's partition fingerprints hold reuseOf: a file that sorts first must not change it
    assertThat(is.reuseOf("c")).startsWith("b@").isEqualTo(was.reuseOf("c"));
    assertThat(is.reuseOf("d")).isEqualTo(was.reuseOf("d"));
  }

  @Test
  void minHashEstimatesJaccardOfShingles() {
    long[] a = MinHash.signature(WIRE);
    assertThat(MinHash.similarity(a, MinHash.signature(WIRE))).isEqualTo(1.0);
    assertThat(MinHash.similarity(a, MinHash.signature(OTHER))).isLessThan(0.1);
    assertThat(MinHash.signature("too short to shingle")).isNull();
  }
}
