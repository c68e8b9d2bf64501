package uk.police.enforcement.common.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
/**
 * The {@code from} / {@code to} bounds of a list or summary filter as the client sent them (either may
 * be absent on a list); one that ends before it starts is a 400 naming {@code to}.
 */
public record Range<T extends Comparable<? super T>>(T from, T to) {

    /** The range; a 400 problem naming {@code toName} when it ends before it starts. */
    public static <T extends Comparable<? super T>> Range<T> of(T from, T to, String fromName, String toName) {
        Range<T> range = new Range<>(from, to);
        range.violation(fromName, toName).ifPresent(violation -> {
            throw ApiProblem.validation(List.of(violation));
        });
        return range;
    }

    /**
     * Date-time bounds as instants, so that one moment written with two offsets is one moment; the end
     * is exclusive (occurred_before), so consecutive ranges meet without a gap or an overlap.
     */
    public static Range<Instant> occurred(OffsetDateTime from, OffsetDateTime before) {
        return of(from == null ? null : from.toInstant(), before == null ? null : before.toInstant(),
                "occurred_from", "occurred_before");
    }

    /** The bounds out of order, for a caller that reports it together with other problems. */
    public Optional<FieldViolation> violation() {
        return violation("from", "to");
    }

    /** The same check for a pair of fields with other names, e.g. start_date and end_date. */
    public Optional<FieldViolation> violation(String fromName, String toName) {
        return from != null && to != null && from.compareTo(to) > 0
                ? Optional.of(new FieldViolation(toName, "must not be before " + fromName))
                : Optional.empty();
    }

    /** A bound converted for a query (e.g. to an Instant), or null when the client left it open. */
    public <R> R from(Function<T, R> convert) {
        return from == null ? null : convert.apply(from);
    }

    public <R> R to(Function<T, R> convert) {
        return to == null ? null : convert.apply(to);
    }
}
