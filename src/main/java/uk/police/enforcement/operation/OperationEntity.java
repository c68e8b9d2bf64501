package uk.police.enforcement.operation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import uk.police.enforcement.api.model.OperationStatus;
import uk.police.enforcement.api.model.OperationType;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.common.persistence.ReviewableEntity;
/** An operation, week of action or campaign, as stored. */
@Entity
@Table(name = "operation")
public class OperationEntity extends ReviewableEntity {

    @Column(nullable = false, length = 40)
    public String reference;

    @Column(nullable = false, length = 200)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OperationType kind;

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
}
