package uk.police.enforcement.common.web;

import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.ProblemResponses;
/**
 * Refuses a request whose declared body exceeds {@code enforcement.http.max-body-size} with a 413
 * problem, before anything reads it. Quarkus' own limit ({@code quarkus.http.limits.max-body-size},
 * set higher) stays as the backstop for chunked bodies, which declare no length.
 */
public class BodySizeLimit {

    void install(@Observes Router router, ProblemResponses problems, EnforcementConfig config) {
        long maxBytes = config.http().maxBodySize().asLongValue();
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared, maxBytes)) {
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problems.json(413, "about:blank", "Request Entity Too Large",
                                "The request body is larger than " + maxBytes + " bytes.", null, ctx.request().path()));
                return;
            }
            ctx.next();
        });
    }

    private static boolean exceeds(String contentLength, long maxBytes) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x itself rejects a malformed Content-Length
        }
    }
}
