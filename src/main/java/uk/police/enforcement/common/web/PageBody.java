package uk.police.enforcement.common.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
/**
 * The body of every list answer, as the contract's {@code *Page} schemas define it:
 * {@code {"items": [...], "next_cursor": "...", "limit": n}}, {@code next_cursor} absent on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PageBody<T>(List<T> items, @JsonProperty("next_cursor") String nextCursor, int limit) {
}
