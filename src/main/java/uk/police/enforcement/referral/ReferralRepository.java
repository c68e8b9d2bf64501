package uk.police.enforcement.referral;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import uk.police.enforcement.api.model.ReferralStatus;
import uk.police.enforcement.common.persistence.KeysetQuery;
import uk.police.enforcement.common.persistence.Page;
@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<ReferralEntity, UUID> {

    /** Breaching, the one rule: open, due before {@code :now}, and with no enforcement action naming them. */
    private static final String BREACHING = "(status <> :closed and dueAt < :now and not exists (select 1 from"
            + " ReferralFirstActionEntity f where f.referralId = this.id))";

    /**
     * Referrals matching every filter, oldest received first; a partner's ({@code agency}) its own only.
     * Breaching: open, due before {@code now}, and with no enforcement action naming them.
     */
    public Page<ReferralEntity> page(ReferralFilter filter, UUID agency, Instant now, int limit, String cursor) {
        KeysetQuery query = new KeysetQuery()
                .and("partnerAgencyId = :agency", "agency", agency)
                .and("status = :status", "status", filter.status())
                .and("source = :source", "source", filter.source())
                .and("grade = :grade", "grade", filter.grade())
                .and("operationId = :operationId", "operationId", filter.operationId());
        if (filter.breaching() != null) {
            query.and(filter.breaching() ? BREACHING : "not " + BREACHING, breachingAt(now));
        }
        return query.page(this::find, "receivedAt", r -> r.receivedAt, r -> r.id, limit, cursor);
    }

    /** How many referrals breach their target at {@code now} (the breaching list's count, for the metric). */
    public long countBreaching(Instant now) {
        return count(BREACHING, breachingAt(now));
    }

    private static Map<String, Object> breachingAt(Instant now) {
        return Map.of("closed", ReferralStatus.CLOSED, "now", now);
    }

    /** The referral, locked for this transaction (assessments change its grade one at a time). */
    Optional<ReferralEntity> lock(UUID id) {
        return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
    }

    Page<RiskAssessmentEntity> assessments(UUID referral, int limit, String cursor) {
        return new KeysetQuery().and("referralId = :referral", "referral", referral)
                .page((where, sort, parameters) -> RiskAssessmentEntity.find(where, sort, parameters),
                        "assessedAt", a -> a.assessedAt, a -> a.id, limit, cursor);
    }

    Page<ReferralTransitionEntity> transitions(UUID referral, int limit, String cursor) {
        return new KeysetQuery().and("referralId = :referral", "referral", referral)
                .pageById((where, sort, parameters) -> ReferralTransitionEntity.find(where, sort, parameters), limit, cursor);
    }
}
