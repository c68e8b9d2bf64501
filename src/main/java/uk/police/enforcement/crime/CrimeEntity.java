package uk.police.enforcement.crime;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.OffenceCategory;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.VersionedEntity;
/**
 * A crime as stored (V31), known by its records-system reference, with its current outcome (the latest by
 * outcome date, then by when recorded; the history is crime_outcome). Its actions are in crime_action.
 */
@Entity
@Table(name = "crime")
public class CrimeEntity extends VersionedEntity {

    @Column(name = "crime_reference", nullable = false)
    public String crimeReference;

    @Column(name = "offence_code", nullable = false)
    public String offenceCode;

    /** Derived from the offence code, never entered. */
    @Enumerated(EnumType.STRING)
    @Column(name = "offence_category", nullable = false)
    public OffenceCategory offenceCategory;

    @Column(name = "referral_id")
    public UUID referralId;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_marking", nullable = false)
    public SecurityMarking securityMarking;

    @Column(name = "outcome_type")
    public Integer outcomeType;

    @Column(name = "outcome_date")
    public LocalDate outcomeDate;
}
