package uk.police.enforcement.common.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.ProblemResponses;
import uk.police.enforcement.common.problem.ProblemTypes;
/**
 * Bodies over {@code enforcement.http.max-body-size} get one 413 problem however they come: a declared
 * Content-Length over it is refused before anything is read; a chunked body (no length) is read through
 * a counter that stops at the limit, so nothing past it is read. Quarkus' own limit
 * ({@code quarkus.http.limits.max-body-size}, set higher) stays as a backstop.
 */
public class BodySizeLimit {

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    private final long maxBytes;

    public BodySizeLimit(EnforcementConfig config) {
        this.maxBytes = config.http().maxBodySize().asLongValue();
    }

    void install(@Observes Router router, ProblemResponses problems) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared, maxBytes)) {
                ApiProblem problem = tooLarge();
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ProblemResponses.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(problems.json(413, problem.type(), problem.title(), problem.detail(), null,
                                ctx.request().path()));
                return;
            }
            ctx.next();
        });
    }

    @ServerRequestFilter(preMatching = true)
    public void limitChunkedBodies(ContainerRequestContext request) {
        // Only the methods of this API that take a body; a GET is left untouched.
        if (BODY_METHODS.contains(request.getMethod())
                && request.getHeaderString(HttpHeaders.CONTENT_LENGTH.toString()) == null) {
            request.setEntityStream(new CountedBody(request.getEntityStream(), maxBytes));
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, ProblemTypes.BLANK, "Request Entity Too Large",
                "The request body is larger than " + maxBytes + " bytes.", null, Map.of("Connection", "close"));
    }

    private static boolean exceeds(String contentLength, long maxBytes) {
        try {
            return Long.parseLong(contentLength.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // Vert.x itself rejects a malformed Content-Length
        }
    }

    /** A body that refuses to be read past the limit: the read that would cross it is a 413 problem. */
    private final class CountedBody extends FilterInputStream {
        private final long limit;
        private long read;

        CountedBody(InputStream body, long limit) {
            super(body);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Never ask for more than one byte past the limit.
            int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw tooLarge();
            }
        }
    }
}
