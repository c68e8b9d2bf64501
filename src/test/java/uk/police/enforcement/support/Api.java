package uk.police.enforcement.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
/** Request starters for tests: as a role, validated against the contract. */
public final class Api {

    private Api() {
    }

    /** A well-formed request by a caller with these roles: request and response must match the contract. */
    public static RequestSpecification as(String... roles) {
        return given().filter(Contract.requestsAndResponses())
                .auth().oauth2(TestTokens.forRoles(roles))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A well-formed request carrying {@code token} (see {@link TestTokens}), validated against the contract. */
    public static RequestSpecification withToken(String token) {
        return given().filter(Contract.requestsAndResponses()).auth().oauth2(token)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** A deliberately bad request: only the response is checked against the contract. */
    public static RequestSpecification badRequestAs(String... roles) {
        return given().filter(Contract.responsesOnly())
                .auth().oauth2(TestTokens.forRoles(roles))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** No token at all. */
    public static RequestSpecification anonymous() {
        return given().filter(Contract.responsesOnly()).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
