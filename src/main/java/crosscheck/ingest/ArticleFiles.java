package crosscheck.ingest;

import crosscheck.ruleset.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one file into documents by its type (.txt/.md, .html/.htm, .json, .jsonl). Anything that
 * goes wrong becomes a problem with the path and, where known, the line; nothing is thrown.
 */
final class ArticleFiles {
  /** A line this long in a text file is not prose (minified data, a dump): warned about. */
  static final int MAX_LINE_CHARS = 100_000;

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final ArticleCleaner cleaner;
  private final long maxBytes;
  private final Sources sources;

  /**
   * The documents of one file and its problems.
   *
   * @param content the sha256 of the file's bytes, when they were read and hashed, else null
   */
  record Read(List<Document> documents, List<Problem> problems, String content) {
    Read(List<Document> documents, List<Problem> problems) {
      this(documents, problems, null);
    }
  }

  ArticleFiles(ArticleCleaner cleaner, long maxBytes, Sources sources) {
    this.cleaner = cleaner;
    this.maxBytes = maxBytes;
    this.sources = sources;
  }

  Read read(Path file) {
    return read(file, null, null);
  }

  /**
   * As {@link #read(Path)}, with the file's size from a stamp just taken (one stat less per file)
   * and, when {@code sameBytes} is given, the earlier read of the same bytes if it knows one
   * (looked up by the bytes' sha256, before they are decoded).
   */
  Read read(Path file, FileStamp stamp, java.util.function.Function<String, Read> sameBytes) {
    List<Document> docs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String shown = file.toString();
    byte[] raw;
    try {
      long size = stamp != null ? stamp.size() : Files.size(file);
      if (size > maxBytes) {
        problems.add(Problem.error(shown, null, "file is " + size + " bytes, over the limit of " + maxBytes
            + " (--max-file-size); not read"));
        return new Read(docs, problems);
      }
      raw = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      problems.add(Problem.error(shown, null, "cannot read: permission denied"));
      return new Read(docs, problems);
    } catch (IOException e) {
      problems.add(Problem.error(shown, null, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
      return new Read(docs, problems);
    }
    if (raw.length == 0) {
      problems.add(Problem.error(shown, null, "empty file"));
      return new Read(docs, problems);
    }
    String type = InputFiles.extension(file.getFileName().toString());
    boolean records = type.equals("jsonl") || type.equals("ndjson");
    // a JSONL record is hashed alone; the whole file only when an earlier read may be taken by it
    String content = !records || sameBytes != null ? Hashes.sha256(raw) : null;
    Read earlier = sameBytes == null ? null : sameBytes.apply(content);
    if (earlier != null) {
      return new Read(earlier.documents(), earlier.problems(), content);
    }
    Decoder.Decoded decoded = Decoder.decode(raw);
    if (decoded.notText() != null) {
      problems.add(Problem.error(shown, null, decoded.notText()));
      return new Read(docs, problems);
    }
    String sha = records ? null : content;
    switch (type) {
      case "html", "htm" -> add(docs, problems, file, null, sha, sha.substring(0, 16),
          HtmlArticle.parse(decoded.text()), decoded.repairs());
      case "json" -> readJson(file, decoded, sha, docs, problems);
      // without a decoding repair the text is exactly the bytes as UTF-8: records are hashed from them
      case "jsonl", "ndjson" -> readJsonLines(file, decoded, decoded.repairs().isEmpty() ? raw : null, docs, problems);
      default -> {
        warnLongLines(shown, decoded.text(), problems);
        Article a = type.equals("md") || type.equals("markdown")
            ? Markdown.article(decoded.text()) : Article.plain(decoded.text());
        add(docs, problems, file, null, sha, sha.substring(0, 16), a, decoded.repairs());
      }
    }
    return new Read(docs, problems, content);
  }

  private void readJson(Path file, Decoder.Decoded decoded, String sha, List<Document> docs, List<Problem> problems) {
    JsonNode root;
    try {
      root = JSON.readTree(decoded.text());
    } catch (JacksonException e) {
      Integer line = e.getLocation() == null || e.getLocation().getLineNr() < 1 ? null : e.getLocation().getLineNr();
      problems.add(Problem.error(file.toString(), line, "invalid JSON: " + e.getOriginalMessage()));
      return;
    }
    if (root != null && root.isArray()) {
      int i = 0;
      for (JsonNode n : root) {
        int item = ++i;
        String itemSha = Hashes.sha256(n.toString());
        article(file, item, n, problems).ifPresent(a -> add(docs, problems, file, item, itemSha,
            Hashes.shortId(sha + "#" + item, 16), a, decoded.repairs()));
      }
      return;
    }
    article(file, null, root, problems)
        .ifPresent(a -> add(docs, problems, file, null, sha, sha.substring(0, 16), a, decoded.repairs()));
  }

  /**
   * The records of a JSONL file.
   *
   * @param utf8 the file's bytes when the text is exactly their UTF-8 decoding, else null
   */
  private void readJsonLines(Path file, Decoder.Decoded decoded, byte[] utf8, List<Document> docs,
      List<Problem> problems) {
    String text = decoded.text();
    List<int[]> records = new ArrayList<>(); // {line, from, to, byte from, byte to} of each non-blank line
    int line = 0;
    int start = 0;
    int byteStart = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      line++;
      int from = start;
      int to = end;
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      // the same line in the bytes: '\n' is one byte in UTF-8, the trimmed ends are short
      int byteEnd = utf8 == null ? 0 : nextNewline(utf8, byteStart);
      if (from < to) {
        records.add(new int[] {line, from, to, byteStart + (utf8 == null ? 0 : utf8Length(text, start, from)),
            byteEnd - (utf8 == null ? 0 : utf8Length(text, to, end))});
      }
      byteStart = byteEnd + 1;
      start = end + 1;
    }
    // records are independent: read them in parallel (one big feed uses every core), in line order
    List<Read> reads = records.parallelStream()
        .map(r -> readRecord(file, r[0], text.substring(r[1], r[2]),
            utf8 == null ? null : java.util.Arrays.copyOfRange(utf8, r[3], r[4]), decoded.repairs()))
        .toList();
    for (Read r : reads) {
      docs.addAll(r.documents());
      problems.addAll(r.problems());
    }
  }

  private static int nextNewline(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return bytes.length;
  }

  /** UTF-8 bytes of text[from, to), counted without encoding it. */
  static int utf8Length(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4
    }
    return n;
  }

  /** One record; {@code utf8} is its bytes when known (else they are encoded from the record). */
  private Read readRecord(Path file, int line, String record, byte[] utf8, List<Repair> decoding) {
    List<Document> docs = new ArrayList<>(1);
    List<Problem> problems = new ArrayList<>(0);
    JsonNode node;
    try {
      node = JSON.readTree(record);
    } catch (JacksonException e) {
      problems.add(Problem.error(file.toString(), line, "invalid JSON: " + e.getOriginalMessage()));
      return new Read(docs, problems);
    }
    String lineSha = Hashes.sha256(utf8 != null ? utf8 : record.getBytes(StandardCharsets.UTF_8));
    article(file, line, node, problems).ifPresent(a -> add(docs, problems, file, line, lineSha,
        Hashes.shortId(lineSha + "#" + line, 16), a, decoding));
    return new Read(docs, problems);
  }

  private static java.util.Optional<Article> article(Path file, Integer line, JsonNode node, List<Problem> problems) {
    try {
      return java.util.Optional.of(JsonArticle.from(node));
    } catch (IllegalArgumentException e) {
      problems.add(Problem.error(file.toString(), line, e.getMessage()));
      return java.util.Optional.empty();
    }
  }

  private void add(List<Document> docs, List<Problem> problems, Path file, Integer line, String sha, String id,
      Article article, List<Repair> decoding) {
    String shown = file + (line == null ? "" : "#" + line);
    ArticleCleaner.Cleaned c = cleaner.clean(article.text(), decoding);
    if (c.text().isEmpty()) {
      problems.add(Problem.warning(file.toString(), line, "no article text (empty, or all boilerplate)"));
    }
    Sources.Meta meta = sources.resolve(file, line, article, c.found());
    docs.add(new Document(id, shown, meta.source(), meta.title(), meta.published(), meta.url(), c.language(),
        c.text(), sha, c.repairs(), c.removed()));
  }

  private static void warnLongLines(String shown, String text, List<Problem> problems) {
    if (text.length() <= MAX_LINE_CHARS) {
      return;
    }
    int line = 1;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end - start > MAX_LINE_CHARS) {
        problems.add(Problem.warning(shown, line, String.format(Locale.ROOT,
            "line of %,d characters: probably not article text; read as one paragraph", end - start)));
      }
      line++;
      start = end + 1;
    }
  }
}
