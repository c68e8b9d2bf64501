package uk.police.enforcement.notice;

import static uk.police.enforcement.api.model.NoticeStatus.ACKNOWLEDGED;
import static uk.police.enforcement.api.model.NoticeStatus.CLOSED;
import static uk.police.enforcement.api.model.NoticeStatus.DECLINED;
import static uk.police.enforcement.api.model.NoticeStatus.DELIVERED;
import static uk.police.enforcement.api.model.NoticeStatus.DRAFT;
import static uk.police.enforcement.api.model.NoticeStatus.ESCALATED;
import static uk.police.enforcement.api.model.NoticeStatus.ISSUED;
import static uk.police.enforcement.api.model.NoticeStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import uk.police.enforcement.api.model.NoticeStatus;
/**
 * The notice life-cycle, in one place (the contract's NoticeStatus describes the same table):
 * DRAFT -> ISSUED -> DELIVERED -> ACKNOWLEDGED | DECLINED -> CLOSED; ISSUED, DELIVERED, ACKNOWLEDGED,
 * DECLINED -> ESCALATED; DRAFT, ISSUED -> WITHDRAWN. CLOSED, ESCALATED and WITHDRAWN are final.
 */
public final class NoticeLifecycle {

    private static final Map<NoticeStatus, Set<NoticeStatus>> NEXT = new EnumMap<>(NoticeStatus.class);

    static {
        NEXT.put(DRAFT, EnumSet.of(ISSUED, WITHDRAWN));
        NEXT.put(ISSUED, EnumSet.of(DELIVERED, ESCALATED, WITHDRAWN));
        NEXT.put(DELIVERED, EnumSet.of(ACKNOWLEDGED, DECLINED, ESCALATED));
        NEXT.put(ACKNOWLEDGED, EnumSet.of(CLOSED, ESCALATED));
        NEXT.put(DECLINED, EnumSet.of(CLOSED, ESCALATED));
        NEXT.put(CLOSED, EnumSet.noneOf(NoticeStatus.class));
        NEXT.put(ESCALATED, EnumSet.noneOf(NoticeStatus.class));
        NEXT.put(WITHDRAWN, EnumSet.noneOf(NoticeStatus.class));
    }

    public static final Set<NoticeStatus> FINAL = EnumSet.of(CLOSED, ESCALATED, WITHDRAWN);

    private NoticeLifecycle() {
    }

    public static Set<NoticeStatus> allowedFrom(NoticeStatus status) {
        return NEXT.get(status);
    }

    public static boolean allows(NoticeStatus from, NoticeStatus to) {
        return NEXT.get(from).contains(to);
    }
}
