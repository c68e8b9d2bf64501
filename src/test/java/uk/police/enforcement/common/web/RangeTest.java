package uk.police.enforcement.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.common.problem.ApiProblem;
class RangeTest {

    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);
    private static final LocalDate MARCH_8 = LocalDate.of(2026, 3, 8);

    @Test
    void boundsInOrderOrOpenAreAccepted() {
        assertEquals(MARCH_2, Range.of(MARCH_2, MARCH_8, "from", "to").from());
        assertEquals(MARCH_2, Range.of(MARCH_2, MARCH_2, "from", "to").to());
        assertNull(Range.of(null, MARCH_8, "from", "to").from());
        assertTrue(new Range<>(MARCH_2, null).violation().isEmpty());
    }

    @Test
    void aRangeThatEndsBeforeItStartsIs400NamingTo() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> Range.of(MARCH_8, MARCH_2, "from", "to"));
        assertEquals(400, problem.status());
        assertEquals("to", problem.errors().get(0).field());
    }

    @Test
    void boundsConvertOnlyWhenPresent() {
        assertEquals("2026-03-02", Range.of(MARCH_2, null, "from", "to").from(LocalDate::toString));
        assertNull(Range.of(MARCH_2, null, "from", "to").to(LocalDate::toString));
    }
}
