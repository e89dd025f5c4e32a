package crosscheck;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Data flows one way: a package may use the packages before it, never after. */
class ArchitectureTest {
  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("crosscheck");

  @Test
  void stagesOnlyUseEarlierStages() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("ruleset").definedBy("crosscheck.ruleset..")
        .layer("ingest").definedBy("crosscheck.ingest..")
        .layer("text").definedBy("crosscheck.text..")
        .layer("quantity").definedBy("crosscheck.quantity..")
        .layer("claim").definedBy("crosscheck.claim..")
        .layer("match").definedBy("crosscheck.match..")
        .layer("verdict").definedBy("crosscheck.verdict..")
        .layer("report").definedBy("crosscheck.report..")
        .layer("pipeline").definedBy("crosscheck.pipeline..")
        .layer("cli").definedBy("crosscheck.cli..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("pipeline").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("report").mayOnlyBeAccessedByLayers("pipeline", "cli")
        .whereLayer("verdict").mayOnlyBeAccessedByLayers("report", "pipeline", "cli")
        .whereLayer("match").mayOnlyBeAccessedByLayers("verdict", "report", "pipeline", "cli")
        .whereLayer("claim").mayOnlyBeAccessedByLayers("match", "verdict", "report", "pipeline", "cli")
        .whereLayer("quantity")
        .mayOnlyBeAccessedByLayers("claim", "match", "verdict", "report", "pipeline", "cli")
        .whereLayer("text")
        .mayOnlyBeAccessedByLayers("quantity", "claim", "match", "verdict", "report", "pipeline", "cli")
        .whereLayer("ingest")
        .mayOnlyBeAccessedByLayers(
            "text", "quantity", "claim", "match", "verdict", "report", "pipeline", "cli")
        .check(MAIN);
  }
}
