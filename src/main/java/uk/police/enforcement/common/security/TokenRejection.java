package uk.police.enforcement.common.security;

import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;
/**
 * Why a bearer token was refused, in the words RFC 6750 allows a 401 to say: {@code invalid_token} and a short
 * description of which check failed (expired, signature, audience, issuer, malformed), never the token's claims
 * or the expected values. Without a token the challenge carries no error (RFC 6750 section 3.1).
 */
public record TokenRejection(String description) {
    // Each challenge fits the contract's 64 characters: the longest, "wrong audience", takes all 64.

    /** The challenge header's value. */
    public String challenge() {
        return description == null ? "Bearer"
                : "Bearer error=\"invalid_token\", error_description=\"" + description + "\"";
    }

    /** The problem's detail. */
    public String detail() {
        return description == null ? "A bearer token is required." : "The bearer token was refused: " + description + ".";
    }

    /** What {@code failure} (an authentication exception, its causes read) says about the token, if it was sent. */
    public static TokenRejection of(Throwable failure, boolean tokenSent) {
        if (!tokenSent) {
            return new TokenRejection(null);
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                return new TokenRejection(describe(invalid));
            }
        }
        return new TokenRejection("unverifiable");
    }

    private static String describe(InvalidJwtException invalid) {
        if (invalid.hasExpired()) {
            return "expired";
        }
        if (invalid.hasErrorCode(ErrorCodes.SIGNATURE_INVALID) || invalid.hasErrorCode(ErrorCodes.SIGNATURE_MISSING)) {
            return "bad signature";
        }
        if (invalid.hasErrorCode(ErrorCodes.AUDIENCE_INVALID) || invalid.hasErrorCode(ErrorCodes.AUDIENCE_MISSING)) {
            return "wrong audience";
        }
        if (invalid.hasErrorCode(ErrorCodes.ISSUER_INVALID) || invalid.hasErrorCode(ErrorCodes.ISSUER_MISSING)) {
            return "wrong issuer";
        }
        if (invalid.hasErrorCode(ErrorCodes.NOT_YET_VALID) || invalid.hasErrorCode(ErrorCodes.ISSUED_AT_INVALID_FUTURE)) {
            return "not yet valid";
        }
        if (invalid.hasErrorCode(ErrorCodes.MALFORMED_CLAIM) || invalid.hasErrorCode(ErrorCodes.JSON_INVALID)
                || invalid.hasErrorCode(ErrorCodes.MISCELLANEOUS)) {
            return "malformed";
        }
        return "unverifiable";
    }
}
