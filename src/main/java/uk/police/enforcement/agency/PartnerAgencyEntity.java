package uk.police.enforcement.agency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.AgencyType;
import uk.police.enforcement.common.persistence.VersionedEntity;
/** A partner agency that notices are issued with. */
@Entity
@Table(name = "partner_agency")
public class PartnerAgencyEntity extends VersionedEntity {

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyType kind;

    @Column(nullable = false)
    public boolean active;
}
