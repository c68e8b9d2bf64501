package uk.police.enforcement.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.PartnerNoticesApi;
import uk.police.enforcement.api.model.NoticeStatus;
import uk.police.enforcement.api.model.NoticeTransitionInput;
import uk.police.enforcement.api.model.PartnerNotice;
import uk.police.enforcement.api.model.PartnerNoticeInput;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.audit.AuditedRecords;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.SnapshotExports;
import uk.police.enforcement.common.security.BulkDisclosure;
import uk.police.enforcement.common.security.BulkDisclosure.Disclosure;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Range;
import uk.police.enforcement.common.web.RecordExportFormat;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of partner-agency notices: maps between the contract and the service, nothing more. */
@Audited
public class PartnerNoticeResource implements PartnerNoticesApi {

    private final PartnerNoticeService service;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;
    private final SnapshotExports exports;
    private final AuditedRecords auditedRecords;
    private final ObjectMapper mapper;
    private final BulkDisclosure bulkDisclosure;
    private final EnforcementConfig config;

    @Context
    UriInfo uriInfo;

    public PartnerNoticeResource(PartnerNoticeService service, IdempotentRequests idempotentRequests,
            MergePatches mergePatches, SnapshotExports exports, AuditedRecords auditedRecords, ObjectMapper mapper,
            BulkDisclosure bulkDisclosure, EnforcementConfig config) {
        this.bulkDisclosure = bulkDisclosure;
        this.config = config;
        this.exports = exports;
        this.auditedRecords = auditedRecords;
        this.mapper = mapper;
        this.mergePatches = mergePatches;
        this.service = service;
        this.idempotentRequests = idempotentRequests;
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response createPartnerNotice(PartnerNoticeInput input, String idempotencyKey, String xRequestId,
            String justification) {
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/partner-notices", input, () -> {
            PartnerNoticeEntity created = service.create(input);
            return Representations.created(uriInfo, created, PartnerNoticeMapper.toApi(created));
        });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response getPartnerNotice(UUID noticeId, String ifNoneMatch, String xRequestId, String justification) {
        PartnerNoticeEntity entity = service.get(noticeId);
        return Representations.conditionalGet(entity, ifNoneMatch, () -> PartnerNoticeMapper.toApi(entity));
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response listPartnerNotices(UUID operationId, Integer limit, String cursor, String noticeType,
            UUID partnerAgencyId, NoticeStatus status, String agencyCode, String subjectReference, LocalDate issuedFrom,
            LocalDate issuedTo, Boolean overdue, String xRequestId, String justification) {
        NoticeFilter filter = new NoticeFilter(operationId, noticeType, partnerAgencyId, status,
                Range.of(issuedFrom, issuedTo, "issued_from", "issued_to"), overdue, agencyCode, subjectReference);
        Page<PartnerNoticeEntity> page = service.list(filter, limit, cursor);
        auditedRecords.listed(page.items().stream().map(notice -> notice.id).toList());
        return Representations.page(page, PartnerNoticeMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR })
    public Response listOperationPartnerNotices(UUID operationId, Integer limit, String cursor, String noticeType,
            UUID partnerAgencyId, NoticeStatus status, LocalDate issuedFrom, LocalDate issuedTo, Boolean overdue,
            String xRequestId, String justification) {
        NoticeFilter filter = new NoticeFilter(operationId, noticeType, partnerAgencyId, status,
                Range.of(issuedFrom, issuedTo, "issued_from", "issued_to"), overdue);
        return Representations.page(service.listForOperation(filter, limit, cursor), PartnerNoticeMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response replacePartnerNotice(UUID noticeId, String ifMatch, PartnerNoticeInput input, String xRequestId,
            String justification) {
        PartnerNoticeEntity entity = service.replace(noticeId, EntityTags.expected(ifMatch), input);
        return Representations.ok(entity, PartnerNoticeMapper.toApi(entity));
    }

    @Override
    @RolesAllowed(Roles.SUPERVISOR)
    public Response deletePartnerNotice(UUID noticeId, String ifMatch, String xRequestId, String justification) {
        service.delete(noticeId, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response transitionPartnerNotice(UUID noticeId, String ifMatch, NoticeTransitionInput input,
            String idempotencyKey, String xRequestId, String justification) {
        // Safe to retry: the same key and transition replays the first answer instead of a 409 or 412.
        return idempotentRequests.once(idempotencyKey, "POST /api/v2/partner-notices/" + noticeId + "/transitions",
                input, () -> {
                    PartnerNoticeEntity entity = service.transition(noticeId, EntityTags.expected(ifMatch), input);
                    return IdempotentAnswer.ok(EntityTags.of(entity.version), PartnerNoticeMapper.toApi(entity));
                });
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response listPartnerNoticeTransitions(UUID noticeId, Integer limit, String cursor, String xRequestId,
            String justification) {
        // Data minimisation: a partner sees which side recorded each step, not which officer.
        boolean partner = service.callerScope().isPresent() && !config.partners().showOfficerIdentity();
        return Representations.page(service.history(noticeId, limit, cursor),
                partner ? t -> PartnerNoticeMapper.toPartnerApi(t, config.unitName()) : PartnerNoticeMapper::toApi);
    }

    @Override
    @RolesAllowed({ Roles.RECORDER, Roles.SUPERVISOR })
    public Response patchPartnerNotice(UUID noticeId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        // A label in a patch stands for the legislation it names, in place of the stored one.
        if (patch.has("legislation_label") && !patch.has("legislation")) {
            patch.putNull("legislation");
        }
        PartnerNoticeInput input = mergePatches.apply(PartnerNoticeMapper.toApi(service.get(noticeId)), patch,
                PartnerNoticeInput.class);
        return replacePartnerNotice(noticeId, ifMatch, input, xRequestId, justification);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response exportPartnerNoticesCsv(OffsetDateTime recordedFrom, OffsetDateTime recordedBefore,
            String recipient, String xRequestId, String justification) {
        return export(RecordExportFormat.CSV, recordedFrom, recordedBefore, recipient);
    }

    @Override
    @RolesAllowed({ Roles.READER, Roles.RECORDER, Roles.SUPERVISOR, Roles.PARTNER })
    public Response exportPartnerNoticesNdjson(OffsetDateTime recordedFrom, OffsetDateTime recordedBefore,
            String recipient, String xRequestId, String justification) {
        return export(RecordExportFormat.NDJSON, recordedFrom, recordedBefore, recipient);
    }

    /**
     * Every notice recorded in the period (a partner's own agency's only), oldest first, counted, bounded and
     * logged with its recipient before it is streamed from one snapshot.
     */
    private Response export(RecordExportFormat format, OffsetDateTime recordedFrom, OffsetDateTime recordedBefore,
            String recipient) {
        Range<Instant> period = Range.of(recordedFrom.toInstant(), recordedBefore.toInstant(), "recorded_from",
                "recorded_before");
        Disclosure disclosure = bulkDisclosure.authorise(period.from(), period.to(), recipient, "recorded_before");
        auditedRecords.disclosedTo(disclosure.recipient());
        Map<String, Object> parameters = new HashMap<>(Map.of("from", period.from(), "before", period.to()));
        String selection = "from PartnerNoticeEntity where createdAt >= :from and createdAt < :before and disposedAt is null";
        Optional<UUID> scope = service.callerScope();
        if (scope.isPresent()) {
            selection += " and partnerAgencyId = :agency";
            parameters.put("agency", scope.get());
        }
        return format.export(exports, selection, "createdAt, id", parameters, PartnerNoticeEntity.class,
                PartnerNotice.class, PartnerNoticeMapper::toApi, rows -> {
                    disclosure.requireRows(rows);
                    auditedRecords.disclosed(rows);
                }, mapper);
    }
}
