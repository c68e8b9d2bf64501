package uk.police.enforcement.common.web;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.VersionedEntity;
/**
 * The answers that carry records: one with its ETag, 304 when the client's copy is current, 201 for a
 * create, and a page of a list.
 */
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
    public static IdempotentAnswer created(UriInfo uriInfo, VersionedEntity entity, Object body) {
        return IdempotentAnswer.created(uriInfo.getAbsolutePathBuilder().path(entity.id.toString()).build(),
                EntityTags.of(entity.version), body);
    }

    /** A page of a list, each item in its API representation. */
    public static <E, T> Response page(Page<E> page, Function<E, T> toApi) {
        return Response.ok(new PageBody<>(page.items().stream().map(toApi).toList(), page.nextCursor(), page.limit()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }
}
