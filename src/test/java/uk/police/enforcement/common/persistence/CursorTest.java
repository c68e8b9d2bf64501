package uk.police.enforcement.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
class CursorTest {

    @Test
    void aCursorGivesBackTheSortValuesItWasMadeOf() {
        String id = UUID.randomUUID().toString();
        String cursor = Cursor.encode("2026-03-02T06:00:00Z", id);
        assertEquals(List.of("2026-03-02T06:00:00Z", id), Cursor.decode(cursor, 2));
        assertEquals(Instant.parse("2026-03-02T06:00:00Z"), Cursor.parse(Cursor.decode(cursor, 2).get(0), Instant::parse));
    }

    @Test
    void noCursorMeansTheFirstPage() {
        assertNull(Cursor.decode(null, 2));
        assertNull(Cursor.decode("", 2));
    }

    @Test
    void anythingTheServiceDidNotIssueIsRefused() {
        assertThrows(InvalidCursor.class, () -> Cursor.decode("not base64 !", 2));
        assertThrows(InvalidCursor.class, () -> Cursor.decode(Cursor.encode("only-one"), 2));
        String forged = Base64.getUrlEncoder().encodeToString("x\u001fnot-a-uuid".getBytes());
        List<String> values = Cursor.decode(forged, 2);
        assertThrows(InvalidCursor.class, () -> Cursor.parse(values.get(1), UUID::fromString));
    }
}
