package uk.police.enforcement.figure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.Range;
/**
 * The days a figure counts, inclusive, in Europe/London: given as {@code day_from} and {@code day_to}, or as
 * a period people publish in: a month as data.police.uk writes it ({@code 2026-03}), a financial year, 1 April
 * to 31 March, as the Home Office publishes ({@code 2025-26}), or one of its quarters ({@code 2025-26-Q4},
 * January to March 2026).
 */
public record Period(LocalDate from, LocalDate to) {

    public static final int MAX_YEARS = 10;

    /** The period the parameters give: exactly one form, well written, or a 400 naming the fields. */
    public static Period of(LocalDate dayFrom, LocalDate dayTo, String month, String financialYear,
            String financialQuarter) {
        List<String> forms = new ArrayList<>();
        if (dayFrom != null || dayTo != null) {
            forms.add("day_from and day_to");
        }
        if (month != null) {
            forms.add("month");
        }
        if (financialYear != null) {
            forms.add("financial_year");
        }
        if (financialQuarter != null) {
            forms.add("financial_quarter");
        }
        if (forms.size() != 1) {
            throw ApiProblem.validation(List.of(new FieldViolation(forms.isEmpty() ? "day_from" : "month",
                    forms.isEmpty() ? "is required: give day_from and day_to, month, financial_year or financial_quarter"
                            : "give one period, not " + String.join(" and ", forms))));
        }
        if (month != null) {
            YearMonth ym = YearMonth.parse(month);
            return new Period(ym.atDay(1), ym.atEndOfMonth());
        }
        if (financialYear != null) {
            return financialYear(financialYear, "financial_year");
        }
        if (financialQuarter != null) {
            Period year = financialYear(financialQuarter.substring(0, 7), "financial_quarter");
            LocalDate start = year.from().plusMonths(3L * (financialQuarter.charAt(9) - '1'));
            return new Period(start, start.plusMonths(3).minusDays(1));
        }
        List<FieldViolation> errors = new ArrayList<>();
        if (dayFrom == null || dayTo == null) {
            errors.add(new FieldViolation(dayFrom == null ? "day_from" : "day_to", "is required with "
                    + (dayFrom == null ? "day_to" : "day_from")));
        } else {
            Optional<FieldViolation> disordered = new Range<>(dayFrom, dayTo).violation("day_from", "day_to");
            if (disordered.isPresent()) {
                errors.add(disordered.get());
            } else if (dayTo.isAfter(dayFrom.plusYears(MAX_YEARS))) {
                errors.add(new FieldViolation("day_to", "must be at most " + MAX_YEARS + " years after day_from"));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        return new Period(dayFrom, dayTo);
    }

    /** "2025-26": 1 April 2025 to 31 March 2026; the second year must follow the first. */
    private static Period financialYear(String written, String field) {
        int first = Integer.parseInt(written.substring(0, 4));
        int second = Integer.parseInt(written.substring(5, 7));
        if (second != (first + 1) % 100) {
            throw ApiProblem.validation(List.of(new FieldViolation(field, "must name two consecutive years, e.g. "
                    + first + "-" + String.format("%02d", (first + 1) % 100))));
        }
        LocalDate start = LocalDate.of(first, 4, 1);
        return new Period(start, start.plusYears(1).minusDays(1));
    }
}
