package uk.police.enforcement.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class FieldViolationTest {

    @Test
    void aShortListIsNamedWhole() {
        assertEquals("must be one of LOW, HIGH", FieldViolation.oneOf(List.of("LOW", "HIGH")));
    }

    @Test
    void aListLongerThanAMessageMayBeNamesWhatFitsAndCountsTheRest() {
        List<String> types = IntStream.range(0, 60).mapToObj(i -> "uk.police.enforcement.thing" + i + ".created")
                .toList();
        String message = FieldViolation.oneOf(types);
        assertTrue(message.length() <= FieldViolation.MAX_MESSAGE, message);
        int named = message.substring("must be one of ".length(), message.indexOf(" and ")).split(", ").length;
        assertTrue(message.endsWith(" and " + (60 - named) + " more that the contract lists"), message);
        assertTrue(message.startsWith("must be one of uk.police.enforcement.thing0.created, "), message);
    }
}
