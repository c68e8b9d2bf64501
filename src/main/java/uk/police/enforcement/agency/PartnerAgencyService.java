package uk.police.enforcement.agency;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import uk.police.enforcement.api.model.AgencyType;
import uk.police.enforcement.api.model.PartnerAgencyInput;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.security.Caller;
/** Business rules and transaction boundaries for partner agencies. */
@ApplicationScoped
public class PartnerAgencyService {

    /** Matches no agency: a partner whose agency code is unknown sees nothing. */
    private static final UUID NO_AGENCY = new UUID(0, 0);

    private final PartnerAgencyRepository agencies;
    private final Caller caller;

    private final Clock clock;

    public PartnerAgencyService(PartnerAgencyRepository agencies, Caller caller, Clock clock) {
        this.clock = clock;
        this.agencies = agencies;
        this.caller = caller;
    }

    @Transactional
    public PartnerAgencyEntity create(PartnerAgencyInput input) {
        PartnerAgencyEntity entity = new PartnerAgencyEntity();
        entity.stampNew(clock);
        requireFreeCode(input.getCode(), entity.id);
        PartnerAgencyMapper.apply(input, entity);
        agencies.persistAndFlush(entity);
        return entity;
    }

    public PartnerAgencyEntity get(UUID id) {
        return VersionedRecords.require(agencies, id, "partner agency");
    }

    public Page<PartnerAgencyEntity> list(Boolean active, AgencyType kind, int limit, String cursor) {
        return agencies.page(active, kind, limit, cursor);
    }

    /**
     * The one partner-scope rule, for notices and their figures alike: empty for a force user (who sees
     * every agency's records); for a partner-agency user the id of its own agency, the only one whose
     * records it may see (an id matching nothing when its agency code is unknown).
     */
    public Optional<UUID> callerScope() {
        return caller.partnerAgency().map(code -> agencies.byCode(code).map(agency -> agency.id).orElse(NO_AGENCY));
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
    public PartnerAgencyEntity replace(UUID id, ExpectedVersion expected, PartnerAgencyInput input) {
        return VersionedRecords.replace(agencies, get(id), expected, clock, entity -> {
            requireFreeCode(input.getCode(), id);
            PartnerAgencyMapper.apply(input, entity);
        });
    }

    /**
     * Idempotent. An agency that notices name is refused by their foreign key (409); deactivate it
     * instead (active false).
     */
    @Transactional
    public void delete(UUID id, ExpectedVersion expected) {
        VersionedRecords.deleteIfPresent(agencies, id, expected);
    }

    private void requireFreeCode(String code, UUID id) {
        if (agencies.codeTaken(code, id)) {
            throw ApiProblem.conflict("Another partner agency already has this code.",
                    List.of(new FieldViolation("code", "already in use")));
        }
    }
}
