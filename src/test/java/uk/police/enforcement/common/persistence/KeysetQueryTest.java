package uk.police.enforcement.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;
class KeysetQueryTest {

    @Test
    void absentFiltersAddNoCondition() {
        KeysetQuery query = new KeysetQuery().and("area = :area", "area", null).and("kind = :kind", "kind", "A");
        assertEquals("kind = :kind", query.where());
        assertEquals(Map.of("kind", "A"), query.parameters());
        assertEquals("1 = 1", new KeysetQuery().where());
    }

    @Test
    void theNextPageStartsStrictlyAfterTheLastRowAsARowValueComparison() {
        KeysetQuery query = new KeysetQuery().and("area = :area", "area", "NORTH").after("occurredAt", 5, "id", 7);
        assertEquals("area = :area and (occurredAt, id) > (:keysetValue, :keysetId)", query.where());
        assertEquals(Map.of("area", "NORTH", "keysetValue", 5, "keysetId", 7), query.parameters());
        assertEquals("1 = 1", new KeysetQuery().after("occurredAt", null, "id", null).where());
    }
}
