package uk.police.enforcement.common.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
/**
 * The contract's view of a resource method: the generated interface method that a resource
 * implements, which carries the parameter names as the client sends them. Looked up once per method.
 */
public final class ApiMethods {

    /** For each resource method, its declared parameters. */
    private static final Map<String, Optional<Declared>> DECLARED = new ConcurrentHashMap<>();

    /** The wire name of each parameter (null for the request body), and which of them are query parameters. */
    private record Declared(String[] wireNames, Set<String> queryNames) {
    }

    private ApiMethods() {
    }

    /** The wire name (query parameter, header or path parameter) of parameter {@code index}, or null. */
    public static String wireName(SimpleResourceInfo resource, int index) {
        String[] names = wireNames(resource);
        return names != null && index < names.length ? names[index] : null;
    }

    public static boolean declaresHeader(SimpleResourceInfo resource, String header) {
        String[] names = wireNames(resource);
        return names != null && Arrays.stream(names).anyMatch(header::equalsIgnoreCase);
    }

    /** The query parameters the operation declares, or null when the method is not one of the contract's. */
    public static Set<String> queryNames(SimpleResourceInfo resource) {
        Declared declared = declared(resource);
        return declared == null ? null : declared.queryNames();
    }

    private static String[] wireNames(SimpleResourceInfo resource) {
        Declared declared = declared(resource);
        return declared == null ? null : declared.wireNames();
    }

    private static Declared declared(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return null;
        }
        String key = resource.getResourceClass().getName() + "#" + resource.getMethodName()
                + Arrays.toString(resource.parameterTypes());
        return DECLARED.computeIfAbsent(key, k -> find(resource).map(ApiMethods::namesOf)).orElse(null);
    }

    private static Optional<Method> find(SimpleResourceInfo resource) {
        List<Class<?>> candidates = new ArrayList<>(Arrays.asList(resource.getResourceClass().getInterfaces()));
        candidates.add(resource.getResourceClass());
        for (Class<?> type : candidates) {
            try {
                return Optional.of(type.getMethod(resource.getMethodName(), resource.parameterTypes()));
            } catch (NoSuchMethodException ignored) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    private static Declared namesOf(Method method) {
        Annotation[][] annotations = method.getParameterAnnotations();
        String[] names = new String[annotations.length];
        Set<String> queryNames = new TreeSet<>();
        for (int i = 0; i < annotations.length; i++) {
            for (Annotation annotation : annotations[i]) {
                if (annotation instanceof QueryParam q) {
                    names[i] = q.value();
                    queryNames.add(q.value());
                } else if (annotation instanceof HeaderParam h) {
                    names[i] = h.value();
                } else if (annotation instanceof PathParam p) {
                    names[i] = p.value();
                }
            }
        }
        return new Declared(names, Collections.unmodifiableSet(queryNames));
    }
}
