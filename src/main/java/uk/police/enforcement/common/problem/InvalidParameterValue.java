package uk.police.enforcement.common.problem;

import jakarta.ws.rs.WebApplicationException;
/**
 * A query, path or header parameter whose value does not parse. A WebApplicationException, so that
 * JAX-RS passes it through unchanged instead of turning it into a 404.
 */
public class InvalidParameterValue extends WebApplicationException {

    private final String value;
    private final String expectation;

    public InvalidParameterValue(String value, String expectation) {
        super(expectation, 400);
        this.value = value;
        this.expectation = expectation;
    }

    public String value() {
        return value;
    }

    public String expectation() {
        return expectation;
    }
}
