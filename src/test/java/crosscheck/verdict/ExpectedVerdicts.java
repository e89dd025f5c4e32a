package crosscheck.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import crosscheck.claim.Claim;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Checks judged facts against one folder's entry of fixtures/verdicts/expected.yaml (format in its header). */
final class ExpectedVerdicts {
  static final Path ROOT = Path.of("fixtures/verdicts");

  private ExpectedVerdicts() {}

  static JsonNode groups() {
    return new YAMLMapper().readTree(ROOT.resolve("expected.yaml").toFile()).get("groups");
  }

  /**
   * @param paths document id to its path, for "@file" values
   */
  static void check(String folder, JsonNode expected, Map<String, String> paths, List<Claim> claims, List<Fact> facts) {
    for (JsonNode want : expected.path("facts")) {
      Fact f = facts.stream().filter(x -> holds(paths, claims, x, want)).findFirst().orElse(null);
      assertThat(f).as("%s: a fact holding %s in %s", folder, want, facts).isNotNull();
      assertThat(f.verdict().id()).as("%s verdict of %s (%s)", folder, want, f.reason()).isEqualTo(want.get("verdict").asString());
      if (want.has("rule")) {
        assertThat(f.rule()).as("%s rule (%s)", folder, f.reason()).isEqualTo(want.get("rule").asString());
      }
      if (want.has("sources")) {
        assertThat(f.sources()).as("%s sources", folder).isEqualTo(want.get("sources").asInt());
      }
      if (want.has("independentSources")) {
        assertThat(f.independentSources()).as("%s independent sources (%s)", folder, f.chains())
            .isEqualTo(want.get("independentSources").asInt());
      }
    }
    for (JsonNode apart : expected.path("apart")) {
      assertThat(facts).as("%s: %s never in one fact", folder, apart).noneMatch(f -> holds(paths, claims, f, apart));
    }
    for (JsonNode never : expected.path("never")) {
      assertThat(facts).as("%s: no %s", folder, never.asString())
          .noneMatch(f -> f.verdict().id().equals(never.asString()));
    }
  }

  /** Whether the fact holds every listed value (or is the listed assertion). */
  private static boolean holds(Map<String, String> paths, List<Claim> all, Fact fact, JsonNode want) {
    if (want.has("assertion")) {
      return fact.key().metric().equals(want.get("assertion").asString());
    }
    JsonNode values = want.isArray() ? want : want.get("values");
    List<Claim> claims = all.stream().filter(c -> fact.claims().contains(c.id())).toList();
    for (JsonNode v : values) {
      String[] parts = v.asString().split("@", 2);
      boolean found = claims.stream().anyMatch(c -> c.quantity() != null
          && (c.quantity().surface().contains(parts[0]) || parts[0].contains(c.quantity().surface()))
          && (parts.length == 1 || String.valueOf(paths.get(c.document())).endsWith(parts[1])));
      if (!found) {
        return false;
      }
    }
    return true;
  }
}
