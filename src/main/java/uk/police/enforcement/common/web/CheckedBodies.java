package uk.police.enforcement.common.web;

import java.io.IOException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
/**
 * Every JSON body of a contract type is read through {@link RequestBodies}: one 400 names every problem
 * (types, constraints, rules) instead of the first that stops Jackson. A readable body's constraints are
 * checked once, by the method's validation (to which {@link ProblemMappers} adds the type's rules). A merge
 * patch is read as a tree here and checked in full once applied (see {@link MergePatches}).
 */
@Provider
public class CheckedBodies implements ReaderInterceptor {

    private final RequestBodies bodies;
    private final ObjectMapper mapper;

    public CheckedBodies(RequestBodies bodies, ObjectMapper mapper) {
        this.bodies = bodies;
        this.mapper = mapper;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Class<?> type = context.getType();
        MediaType mediaType = context.getMediaType();
        if (!type.getPackageName().endsWith(".api.model") || type.isEnum() || mediaType == null
                || !mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length == 0) {
            return context.proceed();
        }
        try {
            // The common case, a body whose values all have the right types, is bound straight from the
            // bytes: no tree is built for it (a 1000-action batch would otherwise be parsed twice).
            return mapper.readerFor(type).readValue(body);
        } catch (JsonProcessingException e) {
            // Syntax errors, duplicate keys and trailing tokens fail here too (a 400 naming the body);
            // anything else is read field by field to name every problem at once.
            return bodies.read(mapper.readTree(body), type);
        }
    }
}
