package uk.police.enforcement.common.security;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.problem.ProblemTypes;
/**
 * Who may take records out of the service in bulk, and to whom they go (DPA 2018 s.62(3)(b)). A reader's
 * export is bounded (a period of at most {@code enforcement.exports.max-period}, at most
 * {@code enforcement.exports.max-rows} records); a larger one is a bulk disclosure, for the
 * {@value Roles#BULK_DISCLOSER} role or a calling system registered in {@code enforcement.exports.bulk-clients}.
 * Every export names its recipient: the request's, else the one registered for the calling system, else (a
 * partner's own notices) the partner agency.
 */
@ApplicationScoped
public class BulkDisclosure {

    /** An export allowed so far: its recipient, and whether it may be as large as it is. */
    public record Disclosure(String recipient, boolean bulk, long maxRows, String field) {

        /** Refuses, before the first row, an export with more records than a reader may take. */
        public void requireRows(long rows) {
            if (!bulk && rows > maxRows) {
                throw refused("holds " + rows + " records, more than the " + maxRows + " a reader may export "
                        + "(enforcement.exports.max-rows): " + NEEDS_BULK, field);
            }
        }
    }

    private static final String NEEDS_BULK = "a larger export needs the " + Roles.BULK_DISCLOSER
            + " role or a client registered in enforcement.exports.bulk-clients";

    private final SecurityIdentity identity;
    private final Caller caller;
    private final EnforcementConfig.Exports config;

    public BulkDisclosure(SecurityIdentity identity, Caller caller, EnforcementConfig config) {
        this.identity = identity;
        this.caller = caller;
        this.config = config.exports();
    }

    /**
     * The export of {@code from} to {@code before} to {@code recipient} (null: the registered one), or a 400
     * naming {@code recipient} when none is known, or a 403 naming {@code beforeField} when the period is longer
     * than a reader may export.
     */
    public Disclosure authorise(Instant from, Instant before, String recipient, String beforeField) {
        String client = caller.clientId();
        String to = recipient != null ? recipient
                : Optional.ofNullable(client).map(config.recipients()::get)
                        .or(() -> caller.partnerAgency().map(agency -> "Partner agency " + agency)).orElse(null);
        if (to == null || to.isBlank()) {
            throw ApiProblem.invalidField("recipient", "is required: say to whom the records are disclosed (DPA 2018 "
                    + "s.62(3)(b)), or register the calling system's recipient (enforcement.exports.recipients.<client id>)");
        }
        boolean bulk = identity.hasRole(Roles.BULK_DISCLOSER)
                || (client != null && config.bulkClients().orElse(List.of()).contains(client));
        Duration period = Duration.between(from, before);
        if (!bulk && period.compareTo(config.maxPeriod()) > 0) {
            throw refused("is more than " + config.maxPeriod() + " after its start, the longest period a reader may "
                    + "export (enforcement.exports.max-period): " + NEEDS_BULK, beforeField);
        }
        return new Disclosure(to, bulk, config.maxRows(), beforeField);
    }

    private static ApiProblem refused(String message, String field) {
        return new ApiProblem(403, ProblemTypes.BULK_DISCLOSURE, "Bulk disclosure not permitted",
                "This export is a bulk disclosure, which your token does not permit.",
                List.of(new FieldViolation(field, message)), null);
    }
}
