package crosscheck.report;

import java.io.IOException;
import java.nio.file.Path;

/** One output format rendered from the report. */
public interface ReportFormat {
  /** The {@code --format} id: json, html, md, sarif. */
  String id();

  /** The file name written in the output folder. */
  String fileName();

  /** Renders the report to bytes; must be deterministic. */
  byte[] render(Report report) throws IOException;

  /** Renders and writes atomically into {@code outDir}; returns the file written. */
  default Path writeTo(Report report, Path outDir) throws IOException {
    Path target = outDir.resolve(fileName());
    AtomicFiles.write(target, render(report));
    return target;
  }
}
