package uk.police.enforcement.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static uk.police.enforcement.api.model.NoticeStatus.ACKNOWLEDGED;
import static uk.police.enforcement.api.model.NoticeStatus.CLOSED;
import static uk.police.enforcement.api.model.NoticeStatus.DECLINED;
import static uk.police.enforcement.api.model.NoticeStatus.DELIVERED;
import static uk.police.enforcement.api.model.NoticeStatus.DRAFT;
import static uk.police.enforcement.api.model.NoticeStatus.ESCALATED;
import static uk.police.enforcement.api.model.NoticeStatus.ISSUED;
import static uk.police.enforcement.api.model.NoticeStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.figure.FigureCatalogue;
/** The notice life-cycle table and its counting rule, without the service. */
class NoticeLifecycleTest {

    @Test
    void exactlyTheDocumentedMovesAreAllowed() {
        long legal = Arrays.stream(NoticeStatus.values())
                .mapToLong(from -> Arrays.stream(NoticeStatus.values()).filter(to -> NoticeLifecycle.allows(from, to))
                        .count())
                .sum();
        assertEquals(12, legal);
        assertTrue(NoticeLifecycle.allows(DRAFT, ISSUED));
        assertTrue(NoticeLifecycle.allows(ISSUED, DELIVERED));
        assertTrue(NoticeLifecycle.allows(DELIVERED, DECLINED));
        assertTrue(NoticeLifecycle.allows(ACKNOWLEDGED, CLOSED));
        assertFalse(NoticeLifecycle.allows(DRAFT, DELIVERED), "a notice is issued before it is delivered");
        assertFalse(NoticeLifecycle.allows(DELIVERED, WITHDRAWN), "a delivered notice can no longer be withdrawn");
        assertFalse(NoticeLifecycle.allows(ISSUED, ISSUED));
    }

    @Test
    void finalStatusesAllowNoMove() {
        for (NoticeStatus status : NoticeLifecycle.FINAL) {
            assertTrue(NoticeLifecycle.allowedFrom(status).isEmpty(), status + " must be final");
        }
        assertEquals(3, NoticeLifecycle.FINAL.size());
        assertTrue(NoticeLifecycle.FINAL.containsAll(Set.of(CLOSED, ESCALATED, WITHDRAWN)));
    }

    @Test
    void aNoticeCountsAsIssuedFromIssueUnlessWithdrawnBeforeBeingServed() {
        assertFalse(FigureCatalogue.noticeCountsAsIssuedAfter(false, null, DRAFT));
        assertTrue(FigureCatalogue.noticeCountsAsIssuedAfter(false, DRAFT, ISSUED));
        assertTrue(FigureCatalogue.noticeCountsAsIssuedAfter(true, ISSUED, DELIVERED));
        assertTrue(FigureCatalogue.noticeCountsAsIssuedAfter(true, DELIVERED, ESCALATED));
        assertFalse(FigureCatalogue.noticeCountsAsIssuedAfter(true, ISSUED, WITHDRAWN));
        assertFalse(FigureCatalogue.noticeCountsAsIssuedAfter(false, DRAFT, WITHDRAWN));
    }
}
