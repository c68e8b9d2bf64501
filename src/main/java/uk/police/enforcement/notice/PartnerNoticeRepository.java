package uk.police.enforcement.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.common.persistence.Cursor;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class PartnerNoticeRepository implements PanacheRepositoryBase<PartnerNoticeEntity, UUID> {

    /** Notices matching every filter, ordered by created_at then id; {@code today} decides "overdue". */
    public Page<PartnerNoticeEntity> page(NoticeFilter filter, LocalDate today, int limit, String cursor) {
        List<String> after = Cursor.decode(cursor, 2);
        KeysetQuery query = new KeysetQuery()
                .and("disposedAt is null", Map.of())
                .and("operationId = :operationId", "operationId", filter.operationId())
                .and("noticeType = :noticeType", "noticeType", filter.noticeType())
                .and("partnerAgencyId = :partnerAgencyId", "partnerAgencyId", filter.partnerAgencyId())
                .and("status = :status", "status", filter.status())
                .and("issuedOn >= :from", "from", filter.issued().from())
                .and("issuedOn <= :to", "to", filter.issued().to())
                .and("partnerAgencyId = (select a.id from PartnerAgencyEntity a where a.code = :agencyCode)",
                        "agencyCode", filter.agencyCode())
                .and("subjectReference = :subjectReference", "subjectReference", filter.subjectReference());
        if (filter.overdue() != null) {
            query.and(filter.overdue()
                    ? "(followUpDue < :today and status not in (:finalStatuses))"
                    : "(followUpDue is null or followUpDue >= :today or status in (:finalStatuses))",
                    Map.of("today", today, "finalStatuses", List.copyOf(NoticeLifecycle.FINAL)));
        }
        if (after != null) {
            query.after("createdAt", Cursor.parse(after.get(0), Cursor::instant), "id",
                    Cursor.parse(after.get(1), UUID::fromString));
        }
        List<PartnerNoticeEntity> rows = query.fetch(this, "createdAt", "id", limit);
        return Page.fromOverfetch(rows, limit, n -> Cursor.encode(n.createdAt.toString(), n.id.toString()));
    }
}
