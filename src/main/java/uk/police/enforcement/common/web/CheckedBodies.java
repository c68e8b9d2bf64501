package uk.police.enforcement.common.web;

import java.io.IOException;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import com.fasterxml.jackson.databind.JsonNode;
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
        // Syntax errors, duplicate keys and trailing tokens fail here, as before (a 400 naming the body).
        JsonNode tree = mapper.readerFor(JsonNode.class).readValue(context.getInputStream());
        if (tree == null || tree.isMissingNode()) {
            return context.proceed();
        }
        return bodies.readParameter(tree, type);
    }
}
