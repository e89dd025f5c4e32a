package crosscheck.ingest;

/**
 * A span of boilerplate ingest dropped, kept so a reviewer can see what was removed.
 *
 * @param rule the id of the boilerplate rule that removed it
 * @param text the removed text
 */
public record Removed(String rule, String text) {}
