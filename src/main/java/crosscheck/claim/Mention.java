package crosscheck.claim;

/**
 * Another place in the same document where the same claim is stated again.
 *
 * @param start offset in the document text
 * @param end exclusive end offset
 * @param surface the text there
 */
public record Mention(int start, int end, String surface) {}
