package uk.police.enforcement.common.http;

import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import uk.police.enforcement.common.db.VersionedEntity;
import uk.police.enforcement.common.idempotency.CreatedResponse;

/** The answers that carry one record: with its ETag, 304 when the client's copy is current, or 201. */
public final class Representations {

    private Representations() {
    }

    public static Response ok(VersionedEntity entity, Object body) {
        return Response.ok(body).header(HttpHeaders.ETAG, EntityTags.of(entity.version)).build();
    }

    /** GET of one record: 304 when If-None-Match names its current version, else 200 with the body. */
    public static Response conditionalGet(VersionedEntity entity, String ifNoneMatch, Supplier<Object> body) {
        if (EntityTags.notModified(ifNoneMatch, entity.version)) {
            return Response.notModified().header(HttpHeaders.ETAG, EntityTags.of(entity.version)).build();
        }
        return ok(entity, body.get());
    }

    /** The 201 of a create at the request's URL: Location of the new record, its ETag and body. */
    public static CreatedResponse created(UriInfo uriInfo, VersionedEntity entity, Object body) {
        return new CreatedResponse(uriInfo.getAbsolutePathBuilder().path(entity.id.toString()).build(),
                EntityTags.of(entity.version), body);
    }
}
