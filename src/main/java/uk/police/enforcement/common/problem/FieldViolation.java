package uk.police.enforcement.common.problem;
/** One invalid field, query parameter or header, named as the client sent it. */
public record FieldViolation(String field, String message) {
}
