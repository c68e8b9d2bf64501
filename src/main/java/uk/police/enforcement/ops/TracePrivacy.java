package uk.police.enforcement.ops;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import io.opentelemetry.sdk.trace.samplers.SamplingResult;
/**
 * What traces may carry. A trace leaves the force's records for a tracing backend, so it holds what the log
 * holds and no more: a request's query string (it can hold references looked up: an occurrence, an exhibit, a
 * subject) is replaced on every span, as the request log leaves it out. And a database statement with no request
 * or delivery around it (the feed's watcher, the group commit, the gauges, pruning: many a second) is not a trace
 * of its own, or it would crowd out the requests' traces.
 */
@ApplicationScoped
public class TracePrivacy {

    static final String REDACTED = "(not traced)";
    private static final List<AttributeKey<String>> QUERIES = List.of(AttributeKey.stringKey("url.query"),
            AttributeKey.stringKey("http.target"), AttributeKey.stringKey("url.full"), AttributeKey.stringKey("http.url"));

    /** Replaces the query string wherever the instrumentation put it. */
    @Produces
    @Singleton
    SpanProcessor redactQueries() {
        return new SpanProcessor() {
            @Override
            public void onStart(Context parentContext, ReadWriteSpan span) {
                for (AttributeKey<String> key : QUERIES) {
                    String value = span.getAttribute(key);
                    if (value != null) {
                        int query = value.indexOf('?');
                        span.setAttribute(key, key.getKey().equals("url.query") ? REDACTED
                                : query < 0 ? value : value.substring(0, query));
                    }
                }
            }

            @Override
            public boolean isStartRequired() {
                return true;
            }

            @Override
            public void onEnd(ReadableSpan span) {
            }

            @Override
            public boolean isEndRequired() {
                return false;
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
    }

    /** Parent-based, as by default; a client span (a statement, a call out) that starts a trace is dropped. */
    @Produces
    @Singleton
    Sampler onlyWithinRequests() {
        Sampler parentBased = Sampler.parentBased(Sampler.alwaysOn());
        return new Sampler() {
            @Override
            public SamplingResult shouldSample(Context parentContext, String traceId, String name, SpanKind spanKind,
                    Attributes attributes, List<LinkData> parentLinks) {
                if (spanKind == SpanKind.CLIENT && !Span.fromContext(parentContext).getSpanContext().isValid()) {
                    return SamplingResult.drop();
                }
                return parentBased.shouldSample(parentContext, traceId, name, spanKind, attributes, parentLinks);
            }

            @Override
            public String getDescription() {
                return "ParentBased(AlwaysOn), without root client spans";
            }
        };
    }
}
