package crosscheck.pipeline;

import crosscheck.claim.Claim;
import crosscheck.ingest.Document;
import crosscheck.report.ReportJson;
import crosscheck.ruleset.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each document's extracted claims on disk, so that a re-run re-extracts only new or changed
 * documents. The key hashes everything the extractor sees (the whole {@link Document}: raw-bytes
 * hash, cleaned text, metadata) together with the rules fingerprint, the tool version and the
 * build id; any change to one of them is a miss. Entries are one JSON object with a sha256 over
 * the claims: a truncated or altered entry is detected, noted and rebuilt. Writes go to a temp
 * file and are renamed into place, so runs sharing the cache never see half an entry.
 * Thread-safe.
 */
public final class ClaimCache {
  static final int FORMAT_VERSION = 1;
  private static final ObjectMapper MAPPER = ReportJson.mapper();
  private static final ObjectWriter COMPACT = MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT);
  private static final long PID = ProcessHandle.current().pid();
  /** JVM-wide, so that two caches on one folder in one process never pick the same temp name. */
  private static final AtomicLong TEMP_COUNTER = new AtomicLong();
  private static final JavaType CLAIMS = MAPPER.getTypeFactory().constructCollectionType(List.class, Claim.class);

  private final Path dir;
  private final String context;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger rebuilt = new AtomicInteger();
  private final List<String> notes = new ArrayList<>();
  private final Set<Path> createdShards = ConcurrentHashMap.newKeySet();

  /**
   * @param dir the cache folder (created on first write)
   * @param rulesFingerprint {@code RuleSet.fingerprint()} taken after every stage loaded its tables
   * @param toolVersion the tool version
   */
  public ClaimCache(Path dir, String rulesFingerprint, String toolVersion) {
    this.dir = dir;
    this.context = Hashes.sha256("crosscheck-claims\n" + FORMAT_VERSION + "\n" + toolVersion + "\n"
        + BuildId.current() + "\n" + rulesFingerprint);
  }

  public Path dir() {
    return dir;
  }

  /** The cached claims of {@code document}, or the extractor's, which are then stored. */
  public List<Claim> claims(Document document, Function<Document, List<Claim>> extractor) {
    return claims(document, key(document), extractor);
  }

  /** As {@link #claims(Document, Function)} with the document's {@link #key} already made. */
  List<Claim> claims(Document document, String key, Function<Document, List<Claim>> extractor) {
    Path file = dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    List<Claim> cached = read(file, key, document);
    if (cached != null) {
      hits.incrementAndGet();
      return cached;
    }
    misses.incrementAndGet();
    List<Claim> claims = extractor.apply(document);
    write(file, key, document, claims);
    return claims;
  }

  /** Counts a document whose claims came from the run memo, which holds this cache's entries. */
  void hit() {
    hits.incrementAndGet();
  }

  /** What every key hashes besides the document: format, tool version, build and rules. */
  String context() {
    return context;
  }

  /** Hits, misses and corrupt entries rebuilt so far, with notes for the console. */
  public Stats stats() {
    synchronized (notes) {
      return new Stats(hits.get(), misses.get(), rebuilt.get(), List.copyOf(notes));
    }
  }

  /**
   * @param hits documents whose claims came from the cache
   * @param misses documents extracted (new, changed, or after a rule/tool change)
   * @param rebuilt corrupt or unreadable entries found and replaced (counted in misses too)
   * @param notes one line per problem with the cache, for the console
   */
  public record Stats(int hits, int misses, int rebuilt, List<String> notes) {
    public Stats {
      notes = List.copyOf(notes);
    }
  }

  String key(Document document) {
    return Hashes.sha256(context + "\n" + Hashes.sha256(COMPACT.writeValueAsBytes(document)));
  }

  private List<Claim> read(Path file, String key, Document document) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      corrupt(file, document, "unreadable: " + e.getMessage());
      return null;
    }
    try {
      JsonNode root = MAPPER.readTree(bytes);
      JsonNode claims = root == null ? null : root.get("claims");
      if (claims == null || !claims.isArray() || root.path("formatVersion").asInt() != FORMAT_VERSION
          || !key.equals(root.path("key").asString(""))) {
        corrupt(file, document, "not a cache entry for this document");
        return null;
      }
      if (!checksum(claims).equals(root.path("sha256").asString(""))) {
        corrupt(file, document, "checksum mismatch (truncated or altered)");
        return null;
      }
      refresh(file);
      return List.copyOf(MAPPER.<List<Claim>>treeToValue(claims, CLAIMS));
    } catch (JacksonException | IllegalArgumentException e) {
      corrupt(file, document, "not valid JSON (truncated?)");
      return null;
    }
  }

  /** Marks an entry that was read as in use when it is half-way to being pruned (most reads cost no write). */
  private static void refresh(Path file) {
    try {
      long now = System.currentTimeMillis();
      if (Files.getLastModifiedTime(file).toMillis() < now - STALE_MILLIS / 2) {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(now));
      }
    } catch (IOException e) {
      // only the pruning age is at stake: the entry was read
    }
  }

  private void write(Path file, String key, Document document, List<Claim> claims) {
    try {
      JsonNode tree = MAPPER.readTree(COMPACT.writeValueAsBytes(claims));
      ObjectNode entry = MAPPER.createObjectNode();
      entry.put("formatVersion", FORMAT_VERSION);
      entry.put("key", key);
      entry.put("document", document.id());
      entry.put("sha256", checksum(tree));
      entry.set("claims", tree);
      writeAtomically(file, COMPACT.writeValueAsBytes(entry));
    } catch (IOException | JacksonException e) {
      note("cache: cannot write " + file + ": " + e.getMessage() + " (run continues uncached for " + document.path() + ")");
    }
  }

  /**
   * Temp file then rename, like {@code AtomicFiles}, but leaner for thousands of small entries:
   * a temp name unique to this process and write (no random-name retries), and each of the 256
   * shard folders created once per run. Concurrent writers of one entry write the same bytes; the
   * last rename wins and a reader only ever sees a whole file.
   */
  private void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path shard = file.getParent();
    if (createdShards.add(shard)) {
      Files.createDirectories(shard);
    }
    Path tmp = shard.resolve(file.getFileName() + "." + PID + "-" + TEMP_COUNTER.incrementAndGet() + ".tmp");
    try {
      Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Entries not written or used for this long (14 days) are deleted by {@link #pruneStale}. */
  static final long STALE_MILLIS = 14L * 24 * 3600 * 1000;
  /** {@link #pruneStale} looks at the entries at most once a day: a large cache holds 100,000 of them. */
  static final long PRUNE_EVERY_MILLIS = 24L * 3600 * 1000;
  /** Marks when the entries were last pruned (by its modification time). */
  static final String PRUNED = ".pruned";

  /**
   * Deletes the entries and leftover temp files not written for {@link #STALE_MILLIS}, at most
   * once a day (the time of a marker file says when it last ran; a cache without one gets it now
   * and is first looked at a day later). Each build, rule set and tool
   * version keys entries of its own, so those of earlier ones would otherwise pile up; an entry
   * still in use is refreshed when read ({@link #read}), and one deleted by mistake is only
   * extracted again. Failures are noted; the run does not depend on them.
   *
   * @return the files deleted
   */
  int pruneStale() {
    long now = System.currentTimeMillis();
    Path marker = dir.resolve(PRUNED);
    int deleted = 0;
    try {
      if (!Files.isDirectory(dir)) {
        return 0;
      }
      if (!Files.exists(marker)) { // a new cache has nothing old: its first look is a day later
        Files.write(marker, new byte[0]);
        return 0;
      }
      if (Files.getLastModifiedTime(marker).toMillis() > now - PRUNE_EVERY_MILLIS) {
        return 0;
      }
      Files.write(marker, new byte[0]);
      try (java.util.stream.Stream<Path> shards = Files.list(dir)) {
        for (Path shard : shards.filter(ClaimCache::isShard).toList()) {
          try (java.util.stream.Stream<Path> entries = Files.list(shard)) {
            for (Path entry : entries.toList()) {
              String name = entry.getFileName().toString();
              if ((name.endsWith(".json") || name.endsWith(".tmp"))
                  && Files.getLastModifiedTime(entry).toMillis() < now - STALE_MILLIS && Files.deleteIfExists(entry)) {
                deleted++;
              }
            }
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      note("cache: cannot prune old entries in " + dir + ": " + e.getMessage());
    }
    return deleted;
  }

  /** A folder of entries: named by two hex digits (the memo's {@code runs/} is not one). */
  private static boolean isShard(Path p) {
    String n = p.getFileName().toString();
    return n.length() == 2 && n.chars().allMatch(c -> Character.digit(c, 16) >= 0) && Files.isDirectory(p);
  }

  /** The checksum is taken over the claims as a tree, so writing and reading hash the same bytes. */
  private static String checksum(JsonNode claims) {
    return Hashes.sha256(COMPACT.writeValueAsBytes(claims));
  }

  private void corrupt(Path file, Document document, String why) {
    rebuilt.incrementAndGet();
    note("cache: entry " + file.getFileName() + " for " + document.path() + " was " + why + "; rebuilt");
  }

  /** Adds a line for the console. */
  void note(String line) {
    synchronized (notes) {
      notes.add(line);
    }
  }
}
