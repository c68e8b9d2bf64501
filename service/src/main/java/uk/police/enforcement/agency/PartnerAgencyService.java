package uk.police.enforcement.agency;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.police.enforcement.api.model.AgencyKind;
import uk.police.enforcement.api.model.PartnerAgencyInput;
import uk.police.enforcement.common.db.VersionedRecords;
import uk.police.enforcement.common.paging.Page;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;

/** Business rules and transaction boundaries for partner agencies. */
@ApplicationScoped
public class PartnerAgencyService {

    private final PartnerAgencyRepository agencies;
    private final EntityManager em;

    public PartnerAgencyService(PartnerAgencyRepository agencies, EntityManager em) {
        this.agencies = agencies;
        this.em = em;
    }

    @Transactional
    public PartnerAgencyEntity create(PartnerAgencyInput input) {
        PartnerAgencyEntity entity = new PartnerAgencyEntity();
        entity.stampNew();
        requireFreeCode(input.getCode(), entity.id);
        PartnerAgencyMapper.apply(input, entity);
        agencies.persistAndFlush(entity);
        return entity;
    }

    public PartnerAgencyEntity get(UUID id) {
        return agencies.findByIdOptional(id).orElseThrow(() -> ApiProblem.notFound("No partner agency has that id."));
    }

    public Page<PartnerAgencyEntity> list(Boolean active, AgencyKind kind, int limit, String cursor) {
        return agencies.page(active, kind, limit, cursor);
    }

    /** The id of the agency with this code, or null when none has it. */
    public UUID idOfCode(String code) {
        return agencies.byCode(code).map(a -> a.id).orElse(null);
    }

    /** For notices: the agency must exist and be active. */
    public void requireActive(UUID id) {
        PartnerAgencyEntity agency = agencies.findById(id);
        if (agency == null) {
            throw ApiProblem.unprocessable("partner_agency_id", "No partner agency has this id.");
        }
        if (!agency.active) {
            throw ApiProblem.unprocessable("partner_agency_id", "The partner agency " + agency.code
                    + " is inactive; notices cannot name it.");
        }
    }

    @Transactional
    public PartnerAgencyEntity replace(UUID id, String ifMatch, PartnerAgencyInput input) {
        return VersionedRecords.replace(agencies, get(id), ifMatch, entity -> {
            requireFreeCode(input.getCode(), id);
            PartnerAgencyMapper.apply(input, entity);
        });
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        VersionedRecords.deleteIfPresent(agencies, id, ifMatch, entity -> {
            long notices = (Long) em.createQuery("select count(n) from PartnerNoticeEntity n where n.partnerAgencyId = :id")
                    .setParameter("id", id).getSingleResult();
            if (notices > 0) {
                throw ApiProblem.conflict(notices + " notices name this agency; deactivate it instead "
                        + "(set active to false).", List.of());
            }
        });
    }

    private void requireFreeCode(String code, UUID id) {
        if (agencies.codeTaken(code, id)) {
            throw ApiProblem.conflict("Another partner agency already has this code.",
                    List.of(new FieldViolation("code", "already in use")));
        }
    }
}
