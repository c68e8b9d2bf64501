package uk.police.enforcement.crime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
/** One outcome of a crime (V31): added, never changed. */
@Entity
@Table(name = "crime_outcome")
public class CrimeOutcomeEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "crime_id", nullable = false)
    public UUID crimeId;

    @Column(name = "outcome_type", nullable = false)
    public int outcomeType;

    @Column(name = "outcome_date", nullable = false)
    public LocalDate outcomeDate;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
