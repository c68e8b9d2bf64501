package uk.police.enforcement.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;

import uk.police.enforcement.agency.PartnerAgencyService;
import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.api.model.NoticeTransitionInput;
import uk.police.enforcement.api.model.PartnerNoticeInput;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.retention.RetentionPolicy;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.security.Caller;
import uk.police.enforcement.common.time.ClockProducer;
import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.operation.OperationRepository;
/** Business rules, the life-cycle and transaction boundaries for partner-agency notices. */
@ApplicationScoped
public class PartnerNoticeService {

    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);
    private static final Set<NoticeStatus> PARTNER_MAY_SET = EnumSet.of(NoticeStatus.ACKNOWLEDGED,
            NoticeStatus.DECLINED);

    private final PartnerNoticeRepository notices;
    private final NoticeTransitionRepository transitions;
    private final PartnerAgencyService agencies;
    private final OperationRepository operations;
    private final SecurityIdentity identity;
    private final Clock clock;
    private final Caller caller;
    private final CodeList noticeTypes;
    private final NoticeBodyRules bodyRules;
    private final RetentionPolicy retention;

    public PartnerNoticeService(PartnerNoticeRepository notices, NoticeTransitionRepository transitions,
            PartnerAgencyService agencies, OperationRepository operations, SecurityIdentity identity, Clock clock,
            Caller caller, EnforcementConfig config, NoticeBodyRules bodyRules, RetentionPolicy retention) {
        this.retention = retention;
        this.noticeTypes = config.noticeTypeCodes();
        this.bodyRules = bodyRules;
        this.notices = notices;
        this.transitions = transitions;
        this.agencies = agencies;
        this.operations = operations;
        this.identity = identity;
        this.clock = clock;
        this.caller = caller;
    }

    /** Today as users mean it: the current day in Europe/London. */
    public static LocalDate today(Instant now) {
        return ClockProducer.londonDay(now);
    }

    @Transactional
    public PartnerNoticeEntity create(PartnerNoticeInput input) {
        validate(input, null);
        PartnerNoticeEntity entity = new PartnerNoticeEntity();
        entity.stampNew(clock);
        PartnerNoticeMapper.apply(input, entity, bodyRules.legislationOf(input));
        retention.schedule(entity, retention.noticeGroupOf(entity.noticeType));
        entity.status = NoticeStatus.DRAFT;
        notices.persistAndFlush(entity);
        record(entity, null, NoticeStatus.DRAFT, null, entity.createdAt);
        return entity;
    }

    /** A notice the caller may see: a partner sees only its own agency's (404 otherwise, so ids cannot be probed). */
    public PartnerNoticeEntity get(UUID id) {
        PartnerNoticeEntity notice = notices.findById(id);
        if (notice == null || !visibleToCaller(notice)) {
            throw new RecordNotFound("partner notice");
        }
        VersionedRecords.requireNotDisposed(notice, "partner notice");
        return notice;
    }

    public Page<PartnerNoticeEntity> list(NoticeFilter filter, int limit, String cursor) {
        noticeTypes.check("notice_type", filter.noticeType()).ifPresent(error -> {
            throw ApiProblem.validation(List.of(error));
        });
        Optional<UUID> scope = agencies.callerScope();
        if (scope.isPresent()) {
            UUID own = scope.get();
            if (filter.partnerAgencyId() != null && !own.equals(filter.partnerAgencyId())) {
                return new Page<>(List.of(), null, limit);
            }
            filter = filter.withinAgency(own);
        }
        return notices.page(filter, today(clock.instant()), limit, cursor);
    }

    /** The caller's own agency when it is a partner (it sees that agency's notices only), else empty. */
    public Optional<UUID> callerScope() {
        return agencies.callerScope();
    }

    private boolean visibleToCaller(PartnerNoticeEntity notice) {
        return agencies.callerScope().map(own -> own.equals(notice.partnerAgencyId)).orElse(true);
    }

    /** The notices of one operation; 404 when the operation does not exist. */
    public Page<PartnerNoticeEntity> listForOperation(NoticeFilter filter, int limit, String cursor) {
        VersionedRecords.require(operations, filter.operationId(), "operation");
        return list(filter, limit, cursor);
    }

    @Transactional
    public PartnerNoticeEntity replace(UUID id, ExpectedVersion expected, PartnerNoticeInput input) {
        return VersionedRecords.replace(notices, get(id), expected, clock, entity -> {
            validate(input, entity);
            PartnerNoticeMapper.apply(input, entity, bodyRules.legislationOf(input));
            // A corrected notice type may move the notice to another group, due a period from today.
            retention.schedule(entity, retention.noticeGroupOf(entity.noticeType));
        });
    }

    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        VersionedRecords.deleteIfPresent(notices, id, expected,
                entity -> retention.requireDeletable(entity, "partner notice"));
    }

    /** Moves the notice along its life-cycle; 409 naming the allowed statuses when it may not. */
    @Transactional
    public PartnerNoticeEntity transition(UUID id, ExpectedVersion expected, NoticeTransitionInput input) {
        Instant now = clock.instant();
        Instant occurredAt = input.getOccurredAt() == null ? now.truncatedTo(ChronoUnit.MICROS)
                : input.getOccurredAt().toInstant();
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw ApiProblem.invalidField("occurred_at", "must not be more than 5 minutes in the future");
        }
        if (caller.partnerAgency().isPresent() && !PARTNER_MAY_SET.contains(input.getToStatus())) {
            throw new ForbiddenException("A partner may only acknowledge or decline a notice.");
        }
        return VersionedRecords.replace(notices, get(id), expected, clock, entity -> {
            NoticeStatus from = entity.status;
            NoticeStatus to = input.getToStatus();
            if (!NoticeLifecycle.allows(from, to)) {
                throw illegalTransition(from, to);
            }
            entity.status = to;
            entity.countsAsIssued = FigureCatalogue.noticeCountsAsIssuedAfter(entity.countsAsIssued, from, to);
            if (to == NoticeStatus.ISSUED && entity.issuedOn == null) {
                entity.issuedOn = today(occurredAt);
            }
            record(entity, from, to, input.getReason(), occurredAt);
        });
    }

    public Page<NoticeTransitionEntity> history(UUID noticeId, int limit, String cursor) {
        get(noticeId);
        return transitions.page(noticeId, limit, cursor);
    }

    private static ApiProblem illegalTransition(NoticeStatus from, NoticeStatus to) {
        var allowed = NoticeLifecycle.allowedFrom(from);
        String allowedText = allowed.isEmpty() ? "none: " + from + " is final"
                : allowed.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return ApiProblem.conflict("A notice in status " + from + " cannot move to " + to + ". Allowed from " + from
                + ": " + allowedText + ".", List.of(new FieldViolation("to_status",
                        allowed.isEmpty() ? "no transition is allowed from the final status " + from
                                : "must be one of " + allowedText)));
    }

    private void record(PartnerNoticeEntity notice, NoticeStatus from, NoticeStatus to, String reason,
            Instant occurredAt) {
        NoticeTransitionEntity transition = new NoticeTransitionEntity();
        transition.noticeId = notice.id;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.reason = reason;
        transition.occurredAt = occurredAt;
        transition.recordedAt = Timestamps.at(clock);
        transition.actor = caller.subject();
        transition.actorName = caller.userName();
        transition.actorAgency = caller.partnerAgency().orElse(null);
        transitions.persist(transition);
    }

    private void validate(PartnerNoticeInput input, PartnerNoticeEntity existing) {
        List<FieldViolation> errors = bodyRules.check(input);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        // A notice the police issue alone names no agency; a named one must be active when it is newly named.
        if (input.getPartnerAgencyId() != null
                && (existing == null || !input.getPartnerAgencyId().equals(existing.partnerAgencyId))) {
            agencies.requireActive(input.getPartnerAgencyId());
        }
        if (input.getOperationId() != null && operations.findByIdOptional(input.getOperationId()).isEmpty()) {
            throw ApiProblem.unprocessable("operation_id", "No operation has this id.");
        }
    }
}
