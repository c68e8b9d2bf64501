package uk.police.enforcement.common.idempotency;

import java.net.URI;
/**
 * What a request that honours Idempotency-Key answered, stored so that a retry gets it again: the
 * status, where a created record lives (null for a batch or a change), its ETag and its API body.
 */
public record IdempotentAnswer(int status, URI location, String etag, Object body) {

    /** 201 for a create: the new record's location (null for a batch), ETag (null for a batch) and body. */
    public static IdempotentAnswer created(URI location, String etag, Object body) {
        return new IdempotentAnswer(201, location, etag, body);
    }

    /** 200 for a change made by POST (a notice's transition): the record's new ETag and body. */
    public static IdempotentAnswer ok(String etag, Object body) {
        return new IdempotentAnswer(200, null, etag, body);
    }
}
