package uk.police.enforcement.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
/**
 * Correlation ids: an incoming {@code X-Request-Id} that fits the pattern is kept, otherwise one is
 * generated; either way it is returned on the response, put in every log line ({@code %X{request_id}})
 * and written into audit entries.
 */
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String KEY = "request_id";
    private static final Pattern ACCEPTED = Pattern.compile("^[A-Za-z0-9._:-]{1,128}$");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String given = ctx.request().getHeader(HEADER);
            String id = given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
            ctx.put(KEY, id);
            MDC.put(KEY, id);
            ctx.response().putHeader(HEADER, id);
            ctx.next();
        });
    }

    /** The current request's correlation id. */
    public static String current(RoutingContext ctx) {
        String id = ctx == null ? null : ctx.get(KEY);
        return id == null ? "none" : id;
    }
}
