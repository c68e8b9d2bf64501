package uk.police.enforcement.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.problem.ApiProblem;
class EntityTagsTest {

    @Test
    void aVersionIsAStrongTag() {
        assertEquals("\"3\"", EntityTags.of(3));
    }

    @Test
    void ifMatchNamesTheVersionsAChangeMayApplyTo() {
        ExpectedVersion expected = EntityTags.expected("\"2\", \"5\"");
        assertTrue(expected.matches(2));
        assertTrue(expected.matches(5));
        assertFalse(expected.matches(3));
        assertTrue(EntityTags.expected("*").matches(41));
    }

    @Test
    void ifMatchComparesStrongly() {
        assertFalse(EntityTags.expected("W/\"2\"").matches(2));
        assertFalse(EntityTags.expected("2").matches(2), "an unquoted tag is not one this service issued");
        assertFalse(EntityTags.expected("\"abc\"").matches(0));
        assertFalse(EntityTags.expected("\"00\"").matches(0), "only the tag as issued matches");
        assertFalse(EntityTags.expected("\"+0\"").matches(0));
    }

    @Test
    void aMissingIfMatchIs428() {
        assertEquals(428, assertThrows(ApiProblem.class, () -> EntityTags.expected(null)).status());
        assertEquals(428, assertThrows(ApiProblem.class, () -> EntityTags.expected("  ")).status());
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertTrue(EntityTags.notModified("\"4\"", 4));
        assertTrue(EntityTags.notModified("W/\"4\"", 4));
        assertTrue(EntityTags.notModified("\"1\", W/\"4\"", 4));
        assertTrue(EntityTags.notModified("*", 4));
        assertFalse(EntityTags.notModified("\"3\"", 4));
        assertFalse(EntityTags.notModified(null, 4));
    }
}
