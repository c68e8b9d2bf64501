package uk.police.enforcement.common.idempotency;

import java.net.URI;
/**
 * What a create produced: where the record lives, its ETag and its API representation. A batch has
 * neither location nor ETag (null).
 */
public record CreatedResponse(URI location, String etag, Object body) {
}
