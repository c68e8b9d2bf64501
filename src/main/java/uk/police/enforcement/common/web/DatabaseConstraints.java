package uk.police.enforcement.common.web;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.hibernate.exception.ConstraintViolationException;

import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
/**
 * Turns a violated database constraint into the problem the service would have reported had it
 * checked first (services do check first; this covers the race between two requests).
 *
 * Constraints are named {@code <kind>__<table>__<json_field>}, kind one of {@code uk} (unique),
 * {@code fk} (foreign key) and {@code ck} (check), so that the field can be named without a lookup table.
 */
final class DatabaseConstraints {

    private static final String UNIQUE = "23505";
    private static final String FOREIGN_KEY = "23503";
    private static final String CHECK = "23514";
    /** What to do instead of deleting a record that others still name, where there is a better way. */
    private static final Map<String, String> DELETE_ADVICE = Map.of("fk__partner_notice__partner_agency_id",
            " Deactivate the agency instead (active: false).");
    /** What a check that another table keeps means for the field the client changed. */
    private static final Map<String, String> CHECK_MEANING = Map.of("ck__device__occurred_at",
            "is after the triage of a device this action seized: a device is seized before it is triaged");

    private DatabaseConstraints() {
    }

    static ApiProblem toProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation) {
                return toProblem(violation);
            }
        }
        return null;
    }

    private static ApiProblem toProblem(ConstraintViolationException violation) {
        String name = violation.getConstraintName();
        String[] parts = name == null ? new String[0] : name.split("__");
        if (parts.length != 3) {
            return null;
        }
        String table = parts[1].replace('_', ' ');
        String field = parts[2];
        SQLException sql = violation.getSQLException();
        String state = sql == null ? "" : String.valueOf(sql.getSQLState());
        // The failing statement's kind, not the server's (translatable) message, tells which side of a
        // foreign key broke it: a delete of a record others still name, or a record naming a missing one.
        boolean delete = violation.getSQL() != null && violation.getSQL().stripLeading().regionMatches(true, 0,
                "delete", 0, 6);
        return switch (state) {
            case UNIQUE -> ApiProblem.conflict("Another " + table + " already has this " + field + ".",
                    List.of(new FieldViolation(field, "already in use")));
            case FOREIGN_KEY -> delete
                    ? ApiProblem.conflict("This record is still referred to by " + table
                            + " records; it cannot be deleted while they exist." + DELETE_ADVICE.getOrDefault(name, ""),
                            List.of())
                    : ApiProblem.unprocessable(field, "does not name an existing record");
            case CHECK -> ApiProblem.invalidField(field, CHECK_MEANING.getOrDefault(name, "is not valid"));
            default -> null;
        };
    }
}
