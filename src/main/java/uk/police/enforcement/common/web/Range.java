package uk.police.enforcement.common.web;

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

    /** The range; a 400 problem when {@code to} is before {@code from}. */
    public static <T extends Comparable<? super T>> Range<T> of(T from, T to) {
        Range<T> range = new Range<>(from, to);
        range.violation().ifPresent(violation -> {
            throw ApiProblem.validation(List.of(violation));
        });
        return range;
    }

    /** The bounds out of order, for a caller that reports it together with other problems. */
    public Optional<FieldViolation> violation() {
        return from != null && to != null && from.compareTo(to) > 0
                ? Optional.of(new FieldViolation("to", "must not be before from"))
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
