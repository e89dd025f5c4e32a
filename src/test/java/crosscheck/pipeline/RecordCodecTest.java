package crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crosscheck.claim.Assertion;
import crosscheck.claim.Claim;
import crosscheck.claim.Mention;
import crosscheck.claim.Modality;
import crosscheck.claim.Polarity;
import crosscheck.ingest.Document;
import crosscheck.ingest.Field;
import crosscheck.ingest.Removed;
import crosscheck.ingest.Repair;
import crosscheck.quantity.Bound;
import crosscheck.quantity.Change;
import crosscheck.quantity.Quantity;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordCodecTest {
  static final Quantity RANGE = new Quantity("between 35 and 50 kilograms", 10, 37, null, 35.0, 50.0, true, false,
      1.0, Bound.RANGE, true, "kg", "mass", null, Change.DOWN);
  static final Claim QUANTITY = new Claim("c1", "d1", "It weighs between 35 and 50 kilograms.", 10, 37,
      Claim.Kind.QUANTITY, "shell", "mass", "2024", "heavy", "Kyiv Post", Modality.ESTIMATE,
      Polarity.AFFIRMED, RANGE, null, true, "WORTH_X", List.of(new Mention(50, 60, "50 kg")), List.of());
  static final Claim ASSERTION = new Claim("c2", "d1", "China has never provided weapons — “ever”.", 40, 70,
      Claim.Kind.ASSERTION, "China", null, null, null, "Beijing", Modality.ASSERTED, Polarity.NEGATED,
      null, new Assertion("China", "supply", "weapons", "weapons", null), false, null, List.of(), List.of("c1"));
  static final Document DOCUMENT = new Document("d1", "corpus/a.txt", Field.of("Kyiv Post", "manifest"),
      Field.UNKNOWN, Field.of("2025-06-26", "text"), Field.UNKNOWN, "en", "中国 said: −1.7% and 12,5 €.\nLine 2",
      "ab".repeat(32), List.of(new Repair("mojibake", "gbk")), List.of(new Removed("NEWSLETTER", "Sign up")));

  static final crosscheck.report.TextShape SHAPE = crosscheck.report.TextShape.of(DOCUMENT.text());

  /** The quantity's fact key, and none for the assertion (as for a claim that is not matched). */
  static final List<crosscheck.match.FactKey> KEYS =
      Arrays.asList(new crosscheck.match.FactKey("shell", "mass", "2024", "heavy", "mass"), null);

  @Test
  void documentsClaimsAndSignaturesComeBackEqual() {
    long[] signature = {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE};
    RunMemo.Segment segment = new RunMemo.Segment(List.of(
        new RunMemo.DocumentMemo("key-1", DOCUMENT, SHAPE, List.of(QUANTITY, ASSERTION), signature, KEYS),
        new RunMemo.DocumentMemo("key-2", DOCUMENT, SHAPE, List.of(), null, List.of())), List.of());
    RunMemo.Segment back = RecordCodec.decode(RecordCodec.encode(segment, RunMemo.Segment.class), RunMemo.Segment.class);
    assertThat(back.documents()).hasSize(2);
    RunMemo.DocumentMemo first = back.documents().get(0);
    assertThat(first.document()).isEqualTo(DOCUMENT);
    assertThat(first.shape()).isEqualTo(SHAPE);
    assertThat(first.claims()).containsExactly(QUANTITY, ASSERTION);
    assertThat(first.signature()).containsExactly(signature);
    assertThat(first.factKeys()).as("a claim not matched keeps its null key").isEqualTo(KEYS);
    assertThat(back.documents().get(1).signature()).isNull();
  }

  @Test
  void aRepeatedStringIsStoredOnce() {
    RunMemo.Segment one = new RunMemo.Segment(List.of(new RunMemo.DocumentMemo("k", DOCUMENT, SHAPE, List.of(QUANTITY), null, List.of())), List.of());
    RunMemo.Segment ten = new RunMemo.Segment(List.of(new RunMemo.DocumentMemo("k", DOCUMENT, SHAPE,
        java.util.Collections.nCopies(10, QUANTITY), null, List.of())), List.of());
    int single = RecordCodec.encode(one, RunMemo.Segment.class).length;
    int tenfold = RecordCodec.encode(ten, RunMemo.Segment.class).length;
    int strings = QUANTITY.sentence().length() + QUANTITY.quantity().surface().length() + "shellmass2024heavyKyiv PostWORTH_X50 kgkgmass".length();
    assertThat(tenfold - single).as("a repeated claim costs its numbers and string references, not its strings again")
        .isLessThan(9 * strings);
  }

  @Test
  void aRepeatedFlatRecordIsStoredOnceAndReadBackAsOneObject() {
    crosscheck.match.FactKey key = new crosscheck.match.FactKey("shell", "mass", "2024", "heavy", "mass");
    List<crosscheck.match.FactKey> keys = List.of(key, new crosscheck.match.FactKey("shell", "mass", "2024", "heavy", "mass"),
        new crosscheck.match.FactKey("shell", "mass", "2023", "heavy", "mass"), key);
    java.lang.reflect.Type type = new java.lang.reflect.ParameterizedType() {
      public java.lang.reflect.Type[] getActualTypeArguments() {
        return new java.lang.reflect.Type[] {crosscheck.match.FactKey.class};
      }

      public java.lang.reflect.Type getRawType() {
        return List.class;
      }

      public java.lang.reflect.Type getOwnerType() {
        return null;
      }
    };
    byte[] four = RecordCodec.encode(keys, type);
    byte[] two = RecordCodec.encode(List.of(keys.get(0), keys.get(2)), type);
    assertThat(four.length - two.length).as("two references of a byte each (and their presence bytes)").isEqualTo(4);
    List<crosscheck.match.FactKey> back = RecordCodec.decode(four, type);
    assertThat(back).isEqualTo(keys);
    assertThat(back.get(1)).isSameAs(back.get(0)).isSameAs(back.get(3)).isNotSameAs(back.get(2));
    // a reference past the records read so far is refused
    byte[] bad = four.clone();
    bad[bad.length - 1] = 9;
    assertThatThrownBy(() -> RecordCodec.decode(bad, type)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anArrayLengthLongerThanTheFileIsRefusedBeforeAllocating() {
    byte[] signature = RecordCodec.encode(new long[] {1, -2, Long.MAX_VALUE}, long[].class);
    assertThat(RecordCodec.<long[]>decode(signature, long[].class)).containsExactly(1, -2, Long.MAX_VALUE);
    // present, then a length of 2^32 - 1 longs (a damaged file), and nothing after it
    byte[] damaged = {1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
    assertThatThrownBy(() -> RecordCodec.decode(damaged, long[].class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad array size");
  }

  @Test
  void truncatedOrExtendedBytesAreRefused() {
    byte[] bytes = RecordCodec.encode(new RunMemo.Segment(List.of(
        new RunMemo.DocumentMemo("k", DOCUMENT, SHAPE, List.of(QUANTITY, ASSERTION), new long[64], KEYS)), List.of()), RunMemo.Segment.class);
    for (int cut : new int[] {0, 1, bytes.length / 2, bytes.length - 1}) {
      assertThatThrownBy(() -> RecordCodec.decode(Arrays.copyOf(bytes, cut), RunMemo.Segment.class))
          .as("cut at %d", cut).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> RecordCodec.decode(Arrays.copyOf(bytes, bytes.length + 1), RunMemo.Segment.class))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing");
  }
}
