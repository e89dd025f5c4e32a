package crosscheck.report;

import crosscheck.ingest.Problem;
import java.util.List;

/**
 * What the report.jte template shows: the overview is rendered on the server (escaped by jte);
 * the fact list is built in the page from {@code dataJson}, the report itself.
 *
 * @param reportKey identifies the corpus for the browser's stored decisions
 * @param dataJson the report JSON, escaped for a script element (see {@link ScriptJson})
 * @param css the inlined stylesheet
 * @param js the inlined script
 * @param contentSecurityPolicy allows only the inlined style and script (by hash), no requests
 */
public record HtmlPage(
    String reportKey,
    String toolVersion,
    Summary summary,
    List<VerdictBar> verdicts,
    List<DocumentRow> documents,
    List<CopyGroup> copies,
    int independentSources,
    List<Problem> problems,
    String dataJson,
    String css,
    String js,
    String contentSecurityPolicy) {

  /** One bar of the overview chart: {@code y} and {@code width} in SVG user units. */
  public record VerdictBar(String id, int count, int y, int width, int failing) {}

  /** A document row of the overview. */
  public record DocumentRow(
      String id, String outlet, String published, String title, String url, String path, int chars,
      long claims, List<String> repairs, int removed, String sourceOrigin) {}

  /** Documents that the matcher found to be one source: copies of {@code origin}, and why. */
  public record CopyGroup(String origin, List<String> copies, String via, int facts) {}
}
