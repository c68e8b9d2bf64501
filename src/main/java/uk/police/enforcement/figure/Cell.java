package uk.police.enforcement.figure;
/**
 * One number a figure shows: the figure, the group of a split figure (a notice type, an agency's code; null
 * otherwise) and its value.
 */
public record Cell(String figure, String group, long value) {
}
