package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.ingest.FileRead;
import crosscheck.ingest.FileStamp;
import crosscheck.ingest.Problem;
import crosscheck.match.FactKey;
import crosscheck.report.AtomicFiles;
import crosscheck.report.TextShape;
import crosscheck.ruleset.Hashes;
import crosscheck.verdict.Fact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * What the last cached run over the same inputs saw, so that a re-run does only new work: each
 * input file's stamp and the documents read from it (a file whose size, modification time and
 * manifests are unchanged is not read again, as git trusts its index); each document's cache key,
 * claims and text signature; each matching partition's fingerprint and facts.
 *
 * <p>Documents and partition facts live in segment files that are never rewritten: a run adds
 * segments with what it made new, and when most of what the segments hold is no longer used it
 * is compacted into fresh ones. The input files are listed in chunks, each a file that is
 * rewritten only when a file in it changed. The index (chunks, segments, the last run's
 * partitions) is small and rewritten only when something changed. Every
 * file is checked: an index or segment that is missing, does not parse or fails its CRC is
 * noted and ignored, and the work it held is done again (documents then come from the
 * per-document {@link ClaimCache}). Writes are atomic; two runs sharing the folder at worst redo
 * each other's work.
 */
public final class RunMemo implements FileRead.Earlier {
  static final int FORMAT_VERSION = 8;
  /** A stamp this close to the index's writing time is not trusted: the file may have changed within one clock tick. */
  private static final long RACY_NANOS = 2_000_000_000L;
  /** Segments older than this and no longer in the index are deleted (younger ones may be another run's). */
  private static final long ORPHAN_NANOS = 600_000_000_000L;
  /** Memos of other contexts older than this (14 days) are deleted when a memo is written. */
  private static final long STALE_NANOS = 14L * 24 * 3600 * 1_000_000_000L;
  /**
   * Orphans and stale memos are looked for at most this often (5 minutes): an orphan younger than
   * {@link #ORPHAN_NANOS} is kept anyway, and listing the folder and stamping its orphans was a
   * tenth of a re-run after adding a few files.
   */
  private static final long SWEEP_NANOS = ORPHAN_NANOS / 2;
  /** Documents or partitions per segment file: small enough that a corpus's segments load on every core. */
  private static final int SEGMENT_ITEMS = 250;
  /** Input files per chunk of the file list, on average (a power of two). */
  private static final int CHUNK_FILES = 256;
  /** Claims referred to by the facts of one segment of partitions, unless one partition alone has more. */
  private static final int SEGMENT_WEIGHT = 2048;
  private static final Segment EMPTY = new Segment(List.of(), List.of());
  private static final String INDEX = "index.bin";
  /** Where a memo file's payload starts: after its CRC-32C. */
  private static final int PAYLOAD = 8;

  /**
   * One document as the claim stage left it, with what later stages need of its text made once:
   * the text's shape for the report, its signature for text reuse, and each claim's fact key
   * (null for a claim not matched; see {@link crosscheck.match.FactMatcher#keys}). The memo
   * stores the document {@link Document#withoutText without its text}, which is most of its
   * bytes and which no later stage reads.
   */
  record DocumentMemo(String key, Document document, TextShape shape, List<Claim> claims, long[] signature,
      List<FactKey> factKeys) {
    DocumentMemo withoutText() {
      return new DocumentMemo(key, document.withoutText(), shape, claims, signature, factKeys);
    }
  }

  /**
   * One input file: its stamp and manifests when read, the keys of its documents, its problems,
   * and the sha256 of its bytes (null when not known).
   */
  record FileMemo(String path, FileStamp stamp, String sources, List<String> documents, List<Problem> problems,
      String content) {}

  /** The documents and partition facts of one segment file. */
  record Segment(List<DocumentMemo> documents, List<PartitionMemo> partitions) {}

  /** A segment file with its CRC-32C; what it holds is read with it. */
  record SegmentRef(String name, long crc) {}

  /**
   * What a segment read holds: its documents' keys, and the fingerprint and weight (claims
   * referred to by its facts, a stand-in for its size in bytes) of each of its partitions.
   */
  private record Held(List<String> documents, List<String> partitions, List<Integer> weights) {
    static final Held NOTHING = new Held(List.of(), List.of(), List.of());

    int size() {
      return documents.size() + partitions.size();
    }
  }

  /** Consecutive input files of a run, in listing order: one file of the memo. */
  record FileChunk(List<FileMemo> files) {}

  /** A {@link FileChunk} file with its CRC-32C. */
  record ChunkRef(String name, long crc) {}

  /** The facts judged from one partition. */
  record PartitionMemo(String fingerprint, List<Fact> facts) {}

  /**
   * What a run took from the last one.
   *
   * @param filesReused input files not read again (unchanged stamp and manifests)
   * @param files input files in all
   * @param partitionsReused matching partitions whose facts were taken, not judged again
   * @param partitions matching partitions in all
   */
  public record Reuse(int filesReused, int files, int partitionsReused, int partitions) {}

  /**
   * The run's index: small, since the input files (in chunks) and the documents (in segments) are
   * in files of their own that a run rewrites only where something changed.
   */
  record Index(int formatVersion, String context, long written, List<ChunkRef> files,
      List<SegmentRef> segments, List<String> judged, long swept) {}

  private final Path dir;
  private final String context;
  private final Consumer<String> notes;
  /** Done when the index and segments are read; every use waits for it (join orders the fields). */
  private final java.util.concurrent.CompletableFuture<Void> loaded = new java.util.concurrent.CompletableFuture<>();
  private Index index;
  private final Map<String, FileMemo> files = new HashMap<>();
  /** The last run's input files in listing order, or null when a chunk of them could not be read. */
  private List<FileMemo> lastFiles;
  /** Each chunk read, by its first file's path: a chunk that has not changed is kept as it is. */
  private final Map<String, Chunk> chunks = new HashMap<>();
  /** What each segment read holds, by name. */
  private final Map<String, Held> held = new HashMap<>();
  private final Map<String, DocumentMemo> byKey = new HashMap<>();
  private final Map<Document, DocumentMemo> byDocument = new IdentityHashMap<>();
  private final Map<String, List<Fact>> partitions = new HashMap<>();
  /**
   * The file memo behind each read taken at its stored stamp: saving keeps it as it is rather
   * than making it again, and files compare by identity first (reads are taken on several threads).
   */
  private final Map<FileRead, FileMemo> handedOut = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

  private RunMemo(Path dir, String context, Consumer<String> notes) {
    this.dir = dir;
    this.context = context;
    this.notes = notes;
  }

  /**
   * The memo of the last run with this context over these inputs, or an empty one. It is read on
   * a thread of its own while the caller goes on (listing and stamping the inputs takes about as
   * long); the first use waits for it.
   *
   * @param cacheDir the cache folder
   * @param context everything besides the inputs that the stored work depends on (rules, tool, options)
   * @param inputs the paths given to the run
   */
  static RunMemo open(Path cacheDir, String context, List<Path> inputs, Consumer<String> notes) {
    String name = Hashes.shortId(context + "\n" + inputs, 16);
    Path dir = cacheDir.resolve("runs").resolve(name);
    RunMemo memo = new RunMemo(dir, context, notes);
    Thread.ofPlatform().daemon().name("crosscheck-memo").start(() -> {
      try {
        memo.index = readIndex(dir, context, notes);
        if (memo.index != null) {
          memo.load();
        }
        memo.loaded.complete(null);
      } catch (RuntimeException | Error e) {
        memo.loaded.completeExceptionally(e);
      }
    });
    return memo;
  }

  /** Waits until the memo is read; a failure while reading it is a programming error, rethrown. */
  private void ready() {
    try {
      loaded.join();
    } catch (java.util.concurrent.CompletionException e) {
      throw new IllegalStateException("reading the run memo in " + dir + " failed", e.getCause());
    }
  }

  private static Index readIndex(Path dir, String context, Consumer<String> notes) {
    Path file = dir.resolve(INDEX);
    try {
      Index index = RecordCodec.decode(checked(Files.readAllBytes(file)), PAYLOAD, Index.class);
      if (index.formatVersion() != FORMAT_VERSION || !context.equals(index.context())) {
        notes.accept("cache: run index " + file + " is not for this run; rebuilt");
        return null;
      }
      return index;
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException | IllegalArgumentException e) {
      notes.accept("cache: run index " + file + " is unreadable or damaged (" + e.getMessage() + "); rebuilt");
      return null;
    }
  }

  /** The bytes of a memo file once the CRC-32C before its payload is checked; the payload starts at {@link #PAYLOAD}. */
  private static byte[] checked(byte[] bytes) {
    if (bytes.length < PAYLOAD) {
      throw new IllegalArgumentException("truncated");
    }
    long stored = 0;
    for (int i = 0; i < PAYLOAD; i++) {
      stored |= (bytes[i] & 0xFFL) << (8 * i);
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, PAYLOAD, bytes.length - PAYLOAD);
    if (crc.getValue() != stored) {
      throw new IllegalArgumentException("checksum mismatch (truncated or altered)");
    }
    return bytes;
  }

  /** A memo file: the CRC-32C of the payload, then the payload. */
  private static byte[] withCrc(byte[] payload) {
    byte[] out = new byte[payload.length + 8];
    long crc = crc(payload);
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (crc >>> (8 * i));
    }
    System.arraycopy(payload, 0, out, 8, payload.length);
    return out;
  }

  /** A chunk of files as read, with the file it came from. */
  private record Chunk(ChunkRef ref, List<FileMemo> files) {}

  /** Reads the chunks and segments (in parallel: they are independent files) and indexes what they hold. */
  private void load() {
    List<FileChunk> read = index.files().parallelStream().map(this::readChunk).toList();
    List<Segment> segments = index.segments().parallelStream().map(this::readSegment).toList();
    lastFiles = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      if (read.get(i) == null) {
        lastFiles = null;
        continue;
      }
      List<FileMemo> chunk = read.get(i).files();
      if (!chunk.isEmpty()) {
        chunks.put(chunk.get(0).path(), new Chunk(index.files().get(i), chunk));
      }
      for (FileMemo f : chunk) {
        files.put(f.path(), f);
      }
      if (lastFiles != null) {
        lastFiles.addAll(chunk);
      }
    }
    for (int i = 0; i < segments.size(); i++) {
      Segment segment = segments.get(i);
      List<String> keys = new ArrayList<>(segment.documents().size());
      for (DocumentMemo m : segment.documents()) {
        byKey.put(m.key(), m);
        byDocument.put(m.document(), m);
        keys.add(m.key());
      }
      List<String> fingerprints = new ArrayList<>(segment.partitions().size());
      List<Integer> weights = new ArrayList<>(segment.partitions().size());
      for (PartitionMemo p : segment.partitions()) {
        partitions.put(p.fingerprint(), p.facts());
        fingerprints.add(p.fingerprint());
        weights.add(weight(p));
      }
      held.put(index.segments().get(i).name(), new Held(keys, fingerprints, weights));
    }
  }

  /** A chunk of the last run's files, or null (noted) when its file is missing or damaged. */
  private FileChunk readChunk(ChunkRef ref) {
    return readFile(ref.name(), ref.crc(), FileChunk.class, "file list", "its files are read again");
  }

  private Segment readSegment(SegmentRef ref) {
    Segment s = readFile(ref.name(), ref.crc(), Segment.class, "segment", "its work is redone");
    return s == null ? EMPTY : s;
  }

  /**
   * A memo file the index names, or null (noted: what it is, and what is done instead) when it
   * is missing, damaged or not the file the index recorded.
   */
  private <T> T readFile(String name, long crc, Class<T> type, String what, String instead) {
    Path file = dir.resolve(name);
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (crc(bytes) != crc) {
        notes.accept("cache: " + what + " " + file + " is not the one the index names (altered?); " + instead);
        return null;
      }
      // the whole file's CRC is the one the index recorded: the payload's own CRC adds nothing
      return RecordCodec.decode(bytes, PAYLOAD, type);
    } catch (IOException | IllegalArgumentException e) {
      notes.accept("cache: " + what + " " + file + " is missing or damaged; " + instead);
      return null;
    }
  }

  /**
   * The earlier read of a file at this stamp and with these manifests, its documents being those
   * stored; null when anything differs, the stamp is too close to the index's writing to be
   * trusted, or a document is no longer stored.
   */
  @Override
  public FileRead find(String path, FileStamp stamp, String sources) {
    ready();
    FileMemo f = files.get(path);
    if (f == null || !stamp.equals(f.stamp()) || !sources.equals(f.sources())
        || stamp.modified() >= index.written() - RACY_NANOS) {
      return null;
    }
    return stored(f, stamp);
  }

  /**
   * The earlier read of a file whose stamp changed but whose bytes (by sha256) and manifests did
   * not (its stamp is the earlier one); null when anything differs or a document is no longer stored.
   */
  @Override
  public FileRead sameBytes(String path, String content, String sources) {
    ready();
    FileMemo f = files.get(path);
    if (f == null || f.content() == null || !f.content().equals(content) || !sources.equals(f.sources())) {
      return null;
    }
    return stored(f, f.stamp());
  }

  /** A file's earlier read from its memo, at this stamp; null when a document is no longer stored. */
  private FileRead stored(FileMemo f, FileStamp stamp) {
    List<Document> documents = new ArrayList<>(f.documents().size());
    for (String key : f.documents()) {
      DocumentMemo m = byKey.get(key);
      if (m == null) {
        return null;
      }
      documents.add(m.document());
    }
    FileRead read = new FileRead(f.path(), stamp, f.sources(), documents, f.problems(), f.content());
    if (stamp.equals(f.stamp())) {
      handedOut.put(read, f);
    }
    return read;
  }

  /** The stored work for a document taken from {@link #earlier} (the same object), or null. */
  DocumentMemo of(Document document) {
    ready();
    return byDocument.get(document);
  }

  /** The stored work for a document with this cache key (a file touched but not changed), or null. */
  DocumentMemo byKey(String key) {
    ready();
    return byKey.get(key);
  }

  /**
   * Every partition's facts of the last run when this run read exactly the same files, all
   * unchanged: the documents are then the same, and so are the partitions and their facts.
   * Null when anything differs.
   */
  Map<String, List<Fact>> unchanged(List<FileRead> reads) {
    ready();
    if (index == null || lastFiles == null || reads.size() != lastFiles.size()) {
      return null;
    }
    for (int i = 0; i < reads.size(); i++) {
      FileRead r = reads.get(i);
      FileMemo f = lastFiles.get(i);
      if (!f.path().equals(r.path()) || r.documents().isEmpty() && !f.documents().isEmpty()
          || r.documents().stream().anyMatch(d -> !byDocument.containsKey(d))) {
        return null;
      }
    }
    Map<String, List<Fact>> last = new HashMap<>();
    for (String fingerprint : index.judged()) {
      List<Fact> facts = partitions.get(fingerprint);
      if (facts == null) {
        return null;
      }
      last.put(fingerprint, facts);
    }
    return last;
  }

  /**
   * Whether every file has the stamp stored for it; after {@link #unchanged} found the same files,
   * false when some were taken by their bytes ({@link #sameBytes}) and their new stamps are to be
   * stored.
   */
  boolean sameStamps(List<FileRead> reads) {
    ready();
    for (int i = 0; i < reads.size(); i++) {
      if (lastFiles == null || i >= lastFiles.size() || !java.util.Objects.equals(lastFiles.get(i).stamp(), reads.get(i).stamp())) {
        return false;
      }
    }
    return true;
  }

  /** The facts an earlier run judged for this partition fingerprint, or null. */
  List<Fact> facts(String fingerprint) {
    ready();
    return partitions.get(fingerprint);
  }

  /**
   * Stores this run's work for the next: a new segment with the documents not stored yet (or one
   * compacted segment when most stored documents are no longer used), and the index, when
   * anything differs from what was loaded. Failures are noted; the run's result does not depend
   * on them.
   *
   * @param reads the files this run read or reused
   * @param documents this run's work per document key
   * @param judged this run's facts per partition fingerprint
   */
  void save(List<FileRead> reads, Map<Document, DocumentMemo> documents, Map<String, List<Fact>> judged) {
    ready();
    List<FileMemo> fileMemos = new ArrayList<>();
    for (FileRead r : reads) {
      FileMemo had = handedOut.get(r);
      if (had != null) {
        fileMemos.add(had);
        continue;
      }
      List<String> keys = new ArrayList<>();
      for (Document d : r.documents()) {
        DocumentMemo m = documents.get(d);
        keys.add(m == null ? null : m.key());
      }
      // a file that could not be read is tried again next time: a permission fix does not change its stamp
      boolean failed = r.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.error);
      if (r.stamp() != null && !keys.contains(null) && !failed) {
        fileMemos.add(new FileMemo(r.path(), r.stamp(), r.sources(), keys, r.problems(), r.content()));
      }
    }
    Map<String, DocumentMemo> used = new LinkedHashMap<>();
    documents.values().forEach(m -> used.putIfAbsent(m.key(), m));
    Map<String, List<Fact>> usedFacts = new TreeMap<>(judged);
    boolean fresh = used.keySet().stream().anyMatch(k -> !byKey.containsKey(k))
        || usedFacts.keySet().stream().anyMatch(k -> !partitions.containsKey(k));
    boolean sameFiles = index != null && same(fileMemos, lastFiles);
    boolean sameFacts = index != null && index.judged().equals(new ArrayList<>(usedFacts.keySet()));
    if (!fresh && sameFiles && sameFacts) {
      return;
    }
    try {
      Files.createDirectories(dir);
      List<SegmentRef> segments = segments(used, usedFacts);
      List<ChunkRef> chunkRefs = chunks(fileMemos);
      long now = System.currentTimeMillis() * 1_000_000L;
      // a clock set back makes the last sweep look to come from the future: sweep then too
      boolean sweep = index == null || now - index.swept() >= SWEEP_NANOS || now < index.swept();
      Index next = new Index(FORMAT_VERSION, context, now, chunkRefs, segments,
          new ArrayList<>(usedFacts.keySet()), sweep ? now : index.swept());
      AtomicFiles.write(dir.resolve(INDEX), withCrc(RecordCodec.encode(next, Index.class)));
      if (sweep) {
        Set<String> live = new java.util.HashSet<>();
        segments.forEach(r -> live.add(r.name()));
        chunkRefs.forEach(r -> live.add(r.name()));
        deleteOrphans(live);
        deleteStaleRuns();
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      notes.accept("cache: cannot store the run index in " + dir + ": " + e.getMessage() + " (the next run redoes this work)");
    }
  }

  /**
   * The kept segments plus new ones for what is not stored yet; or, once most of what the kept
   * segments hold is no longer used or runs have left many small segments, everything used anew.
   * A segment of partitions whose used facts weigh less than half of it is not kept either: its
   * used facts are stored again with the new ones. A fact with thousands of sources is judged
   * again whenever one of them is added, so without this its earlier versions would stay in
   * segments kept for their other facts, and every run would read them again.
   * Segments hold at most {@link #SEGMENT_ITEMS} documents or partitions so that they load in
   * parallel.
   */
  private List<SegmentRef> segments(Map<String, DocumentMemo> used, Map<String, List<Fact>> usedFacts) throws IOException {
    List<SegmentRef> kept = new ArrayList<>();
    Set<String> carried = new java.util.HashSet<>();
    int stored = 0;
    for (SegmentRef ref : index == null ? List.<SegmentRef>of() : index.segments()) {
      Held s = held.getOrDefault(ref.name(), Held.NOTHING);
      boolean live = s.documents().stream().anyMatch(k -> used.containsKey(k) && byKey.containsKey(k))
          || s.partitions().stream().anyMatch(k -> usedFacts.containsKey(k) && partitions.containsKey(k));
      if (live && s.documents().isEmpty() && mostlyUnused(s, usedFacts)) {
        s.partitions().stream().filter(usedFacts::containsKey).forEach(carried::add);
      } else if (live) {
        kept.add(ref);
        stored += s.size();
      }
    }
    int live = used.size() + usedFacts.size();
    boolean compact = stored > 2 * live + SEGMENT_ITEMS || kept.size() > live / SEGMENT_ITEMS + 32;
    List<DocumentMemo> docs = new ArrayList<>();
    used.values().stream().filter(m -> compact || !byKey.containsKey(m.key())).map(DocumentMemo::withoutText)
        .forEach(docs::add);
    // facts judged by this run and facts carried out of old segments go to separate segments: the
    // first are likely to be judged again soon (their sources grow), the second have lasted
    List<PartitionMemo> judged = new ArrayList<>();
    List<PartitionMemo> lasting = new ArrayList<>();
    usedFacts.forEach((fp, f) -> {
      if (compact || carried.contains(fp)) {
        lasting.add(new PartitionMemo(fp, f));
      } else if (!partitions.containsKey(fp)) {
        judged.add(new PartitionMemo(fp, f));
      }
    });
    List<Segment> fresh = new ArrayList<>();
    for (int from = 0; from < docs.size(); from += SEGMENT_ITEMS) {
      fresh.add(new Segment(docs.subList(from, Math.min(docs.size(), from + SEGMENT_ITEMS)), List.of()));
    }
    packPartitions(judged, fresh);
    packPartitions(lasting, fresh);
    List<SegmentRef> out = compact ? new ArrayList<>() : kept;
    // encoded on every core: a re-run stores a few hundred kilobytes of facts judged again
    out.addAll(fresh.parallelStream().map(this::writeSegment).toList());
    return out;
  }

  /**
   * Packs partitions into segments of at most {@link #SEGMENT_ITEMS} partitions and {@link
   * #SEGMENT_WEIGHT} claims, heaviest first (so a partition heavier than that has a segment of its
   * own). A fact with many sources is judged again more often than others, and a segment in which
   * it is most of the weight then dies with it rather than being carried.
   */
  private static void packPartitions(List<PartitionMemo> facts, List<Segment> out) {
    record Weighed(PartitionMemo partition, int weight) {}
    List<Weighed> order = new ArrayList<>(facts.size());
    facts.forEach(p -> order.add(new Weighed(p, weight(p)))); // once each, not once per comparison
    order.sort(java.util.Comparator.comparingInt((Weighed w) -> -w.weight()).thenComparing(w -> w.partition().fingerprint()));
    List<PartitionMemo> batch = new ArrayList<>();
    long batchWeight = 0;
    for (Weighed w : order) {
      if (!batch.isEmpty() && (batchWeight + w.weight() > SEGMENT_WEIGHT || batch.size() == SEGMENT_ITEMS)) {
        out.add(new Segment(List.of(), batch));
        batch = new ArrayList<>();
        batchWeight = 0;
      }
      batch.add(w.partition());
      batchWeight += w.weight();
    }
    if (!batch.isEmpty()) {
      out.add(new Segment(List.of(), batch));
    }
  }

  /** Whether the partitions still used weigh less than half of what the segment holds. */
  private static boolean mostlyUnused(Held s, Map<String, List<Fact>> usedFacts) {
    long all = 0;
    long live = 0;
    for (int i = 0; i < s.partitions().size(); i++) {
      all += s.weights().get(i);
      live += usedFacts.containsKey(s.partitions().get(i)) ? s.weights().get(i) : 0;
    }
    return 2 * live < all;
  }

  /** A partition's weight in {@link Held#weights}: one, plus the claims its facts refer to. */
  static int weight(PartitionMemo p) {
    int w = 1;
    for (Fact f : p.facts()) {
      w += f.claims().size();
    }
    return w;
  }

  private SegmentRef writeSegment(Segment segment) {
    byte[] bytes = withCrc(RecordCodec.encode(segment, Segment.class));
    long crc = crc(bytes);
    String name = String.format(Locale.ROOT, "segment-%016x-%d-%d.bin", crc, ProcessHandle.current().pid(),
        segment.documents().size() + segment.partitions().size());
    try {
      AtomicFiles.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new SegmentRef(name, crc);
  }

  /**
   * The run's files in chunks that end after a file whose name hashes to a chunk end (about one
   * in {@link #CHUNK_FILES}; at most 16 times that many): boundaries depend on the names alone, so
   * added or changed files change only the chunks they fall in, and the others are kept as they
   * are. A re-run after adding a few files thus writes a few chunks, not the list of every file.
   */
  private List<ChunkRef> chunks(List<FileMemo> fileMemos) throws IOException {
    List<ChunkRef> out = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < fileMemos.size(); i++) {
      boolean end = i + 1 == fileMemos.size() || i + 1 - from == 16 * CHUNK_FILES
          || (mix(fileName(fileMemos.get(i).path()).hashCode()) & (CHUNK_FILES - 1)) == 0;
      if (end) {
        List<FileMemo> chunk = fileMemos.subList(from, i + 1);
        Chunk had = chunks.get(chunk.get(0).path());
        out.add(had != null && same(had.files(), chunk) ? had.ref() : writeChunk(chunk));
        from = i + 1;
      }
    }
    return out;
  }

  /** Whether the lists hold equal file memos; most are the same objects, which need no comparing. */
  private static boolean same(List<FileMemo> a, List<FileMemo> b) {
    if (b == null || a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i) && !a.get(i).equals(b.get(i))) {
        return false;
      }
    }
    return true;
  }

  private ChunkRef writeChunk(List<FileMemo> chunk) throws IOException {
    byte[] bytes = withCrc(RecordCodec.encode(new FileChunk(List.copyOf(chunk)), FileChunk.class));
    long crc = crc(bytes);
    String name = String.format(Locale.ROOT, "files-%016x-%d-%d.bin", crc, ProcessHandle.current().pid(), chunk.size());
    AtomicFiles.write(dir.resolve(name), bytes);
    return new ChunkRef(name, crc);
  }

  /** The last part of a path: where a corpus sits must not move its chunk ends. */
  private static String fileName(String path) {
    return path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** Spreads a string hash's bits (Murmur3's finaliser), so that chunk ends do not follow path patterns. */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ (h >>> 16);
  }

  /** Deletes segment and chunk files that no index names, once old enough not to be another run's. */
  private void deleteOrphans(Set<String> names) throws IOException {
    long now = System.currentTimeMillis() * 1_000_000L;
    try (Stream<Path> all = Files.list(dir)) {
      for (Path p : all.toList()) {
        String n = p.getFileName().toString();
        if ((n.startsWith("segment-") || n.startsWith("files-")) && !names.contains(n)
            && Files.getLastModifiedTime(p).to(java.util.concurrent.TimeUnit.NANOSECONDS) < now - ORPHAN_NANOS) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /**
   * Removes the memos of other contexts (another build, other rules or inputs) not written for
   * {@link #STALE_NANOS}: every build has its own context, so they would otherwise pile up.
   */
  private void deleteStaleRuns() throws IOException {
    long now = System.currentTimeMillis() * 1_000_000L;
    try (Stream<Path> runs = Files.list(dir.getParent())) {
      for (Path run : runs.filter(p -> !p.equals(dir) && Files.isDirectory(p)).toList()) {
        Path index = run.resolve(INDEX);
        long written = Files.exists(index)
            ? Files.getLastModifiedTime(index).to(java.util.concurrent.TimeUnit.NANOSECONDS)
            : Files.getLastModifiedTime(run).to(java.util.concurrent.TimeUnit.NANOSECONDS);
        if (written < now - STALE_NANOS) {
          try (Stream<Path> files = Files.walk(run)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(f);
            }
          }
        }
      }
    }
  }

  private static long crc(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return crc.getValue();
  }
}
