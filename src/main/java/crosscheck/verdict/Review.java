package crosscheck.verdict;

/**
 * A reviewer's decision on a finding, read from {@code --decisions}.
 *
 * @param decision "confirmed", "false-alarm" or "resolved"
 * @param note the reviewer's note
 * @param by who decided
 * @param at when (ISO date-time as the reviewer's browser wrote it)
 */
public record Review(String decision, String note, String by, String at) {}
