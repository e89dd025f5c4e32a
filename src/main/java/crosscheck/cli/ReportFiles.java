package crosscheck.cli;

import crosscheck.report.Report;
import crosscheck.report.ReportJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading report.json files given on the command line; any failure is a usage error (exit 2). */
final class ReportFiles {
  private ReportFiles() {}

  static Report read(Path file, String label) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(label + " " + file + ": no such file");
    }
    try {
      return ReportJson.read(file);
    } catch (IOException e) {
      throw new IllegalArgumentException(label + " " + file + ": cannot be read as a crosscheck report: " + e.getMessage());
    }
  }
}
