package uk.police.enforcement.operation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import uk.police.enforcement.api.model.OperationKind;
import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.api.model.SecurityMarking;

/** An operation, week of action or campaign, as stored. */
@Entity
@Table(name = "operation")
public class OperationEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 40)
    public String reference;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OperationKind kind;

    @Column(length = 1000)
    public String description;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "lead_unit", nullable = false, length = 100)
    public String leadUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public OperationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_marking", nullable = false, length = 20)
    public SecurityMarking securityMarking;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
