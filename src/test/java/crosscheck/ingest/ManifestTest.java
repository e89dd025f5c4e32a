package crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Manifests in JSON, JSONL and CSV, beside the articles or given explicitly, override file metadata. */
class ManifestTest {
  @TempDir Path tmp;
  Path article;

  @BeforeEach
  void writeArticle() throws IOException {
    article = Files.writeString(tmp.resolve("story.html"),
        "<html><head><meta property=\"og:site_name\" content=\"Page Outlet\"><title>Page title</title></head>"
            + "<body><p>Beijing denied sending troops, the ministry said on Friday.</p></body></html>");
  }

  @Test
  void jsonManifestBesideTheArticleWinsOverTheFileAndSaysSo() throws IOException {
    Files.writeString(tmp.resolve("manifest.json"),
        "{\"documents\": [{\"file\": \"story.html\", \"outlet\": \"Curated Outlet\", \"published\": \"2024-11\", \"author\": \"x\"}]}");
    Document d = Ingest.one(article);
    assertThat(d.source()).isEqualTo(new Field("Curated Outlet", "manifest"));
    assertThat(d.published()).isEqualTo(new Field("2024-11", "manifest"));
    assertThat(d.title()).isEqualTo(new Field("Page title", "file"));
  }

  @Test
  void unknownOutletInTheManifestFallsBackToTheFile() throws IOException {
    Files.writeString(tmp.resolve("manifest.json"), "{\"documents\": [{\"file\": \"story.html\", \"outlet\": \"unknown\"}]}");
    assertThat(Ingest.one(article).source()).isEqualTo(new Field("Page Outlet", "file"));
  }

  @Test
  void csvManifestWithHeader() throws IOException {
    Files.writeString(tmp.resolve("sources.csv"),
        "file,outlet,published,url,title\nstory.html,\"Wire, Inc.\",\"March 4, 2025\",https://w.example/s,Curated title\n");
    Document d = Ingest.one(article);
    assertThat(d.source().value()).isEqualTo("Wire, Inc.");
    assertThat(d.published()).isEqualTo(new Field("2025-03-04", "manifest"));
    assertThat(d.url().value()).isEqualTo("https://w.example/s");
    assertThat(d.title()).isEqualTo(new Field("Curated title", "manifest"));
  }

  @Test
  void jsonlManifestAddressesOneRecordOfAJsonlFile() throws IOException {
    Path feed = Files.writeString(tmp.resolve("feed.jsonl"),
        "{\"text\": \"First story about exports.\", \"source\": \"Feed\"}\n{\"text\": \"Second story about drones.\", \"source\": \"Feed\"}\n");
    Files.writeString(tmp.resolve("manifest.jsonl"), "{\"file\": \"feed.jsonl#2\", \"outlet\": \"Second Outlet\"}\n");
    var docs = Ingest.paths(feed).documents();
    assertThat(docs).extracting(d -> d.source().value()).containsExactly("Feed", "Second Outlet");
  }

  @Test
  void explicitManifestElsewhereMatchesByFileName() throws IOException {
    Path m = Files.writeString(Files.createDirectories(tmp.resolve("meta")).resolve("list.csv"),
        "file,outlet\nstory.html,Explicit Outlet\n");
    Document d = Ingest.paths(new IngestOptions(m, IngestOptions.DEFAULT_MAX_BYTES), article).documents().get(0);
    assertThat(d.source()).isEqualTo(new Field("Explicit Outlet", "manifest"));
  }

  @Test
  void manifestIsNotReadAsAnArticle() throws IOException {
    Files.writeString(tmp.resolve("manifest.json"), "{\"documents\": []}");
    assertThat(Ingest.paths(tmp).documents()).extracting(Document::path).containsExactly(article.toString());
  }

  @Test
  void brokenManifestBesideArticlesIsAWarningAndArticlesAreStillRead() throws IOException {
    Files.writeString(tmp.resolve("manifest.json"), "{\"documents\": [ {\"file\": ");
    IngestResult r = Ingest.paths(tmp);
    assertThat(r.documents()).hasSize(1);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.warning);
      assertThat(p.message()).contains("manifest not used", "invalid JSON");
    });
  }

  @Test
  void brokenExplicitManifestIsAnError() throws IOException {
    Path m = Files.writeString(tmp.resolve("list.csv"), "outlet,published\nX,2025\n");
    IngestResult r = Ingest.paths(new IngestOptions(m, IngestOptions.DEFAULT_MAX_BYTES), article);
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.error);
      assertThat(p.message()).contains("'file' column");
    });
  }

  @Test
  void dateInTheFileNameIsTheLastResortWithOriginPath() throws IOException {
    Path f = Files.writeString(tmp.resolve("2024-05-16-putin-visit.txt"), "Putin arrived in Beijing for talks.");
    assertThat(Ingest.one(f).published()).isEqualTo(new Field("2024-05-16", "path"));
  }

  @Test
  void manifestNamedExplicitlyIsAWarningNotAnArticle() throws IOException {
    Path m = Files.writeString(tmp.resolve("manifest.json"), "{\"documents\": []}");
    IngestResult r = Ingest.paths(m);
    assertThat(r.documents()).isEmpty();
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(Problem.Severity.warning);
      assertThat(p.message()).contains("a manifest, not an article");
    });
  }
}
