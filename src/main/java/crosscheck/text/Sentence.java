package crosscheck.text;

/**
 * A sentence of a document's cleaned text.
 *
 * @param index 0-based position in the document
 * @param start offset of its first char in the document text
 * @param end offset after its last char (exclusive)
 * @param text the sentence text, equal to {@code documentText.substring(start, end)}
 */
public record Sentence(int index, int start, int end, String text) {}
