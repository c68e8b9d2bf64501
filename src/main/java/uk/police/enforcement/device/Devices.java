package uk.police.enforcement.device;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import uk.police.enforcement.action.EnforcementActionEntity;
import uk.police.enforcement.action.EnforcementActionRepository;
import uk.police.enforcement.api.model.DeviceInput;
import uk.police.enforcement.api.model.DeviceStatus;
import uk.police.enforcement.api.model.DeviceTransitionInput;
import uk.police.enforcement.api.model.ExaminationResult;
import uk.police.enforcement.api.model.SecurityMarking;
import uk.police.enforcement.api.model.TriageRoute;
import uk.police.enforcement.common.persistence.ExpectedVersion;
import uk.police.enforcement.common.persistence.Page;
import uk.police.enforcement.common.persistence.RecordNotFound;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.persistence.VersionedRecords;
import uk.police.enforcement.common.problem.ApiProblem;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.security.Caller;
import uk.police.enforcement.review.Holds;
/**
 * The exhibit register: each seized device registered against the action that seized it, moved along its journey
 * by checked, dated transitions. Each move sets the date it stands for, and when the device leaves the examination
 * queue it joined at seizure (queue_left_at), so that the backlog on any day is exact.
 */
@ApplicationScoped
public class Devices {

    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final DeviceRepository devices;
    private final DeviceCodes codes;
    private final DeviceBodyRules bodyRules;
    private final DeviceBodyRules.Transition transitionRules;
    private final EnforcementActionRepository actions;
    private final Holds holds;
    private final EntityManager em;
    private final Caller caller;
    private final Clock clock;

    public Devices(DeviceRepository devices, DeviceCodes codes, DeviceBodyRules bodyRules,
            DeviceBodyRules.Transition transitionRules, EnforcementActionRepository actions, Holds holds,
            EntityManager em, Caller caller, Clock clock) {
        this.devices = devices;
        this.codes = codes;
        this.bodyRules = bodyRules;
        this.transitionRules = transitionRules;
        this.actions = actions;
        this.holds = holds;
        this.em = em;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public DeviceEntity create(DeviceInput input) {
        validate(input);
        EnforcementActionEntity action = seizure(input.getActionId());
        DeviceEntity device = new DeviceEntity();
        device.stampNew(clock);
        device.actionId = action.id;
        device.seizedAt = action.occurredAt;
        apply(input, device);
        device.status = DeviceStatus.SEIZED;
        devices.persistAndFlush(device);
        record(device, null, DeviceStatus.SEIZED, device.seizedAt, null, null);
        return device;
    }

    public DeviceEntity get(UUID id) {
        return devices.findByIdOptional(id).orElseThrow(() -> new RecordNotFound("device"));
    }

    public Page<DeviceEntity> list(DeviceFilter filter, int limit, String cursor) {
        List<FieldViolation> errors = new ArrayList<>();
        codes.kinds.check("kind", filter.kind()).ifPresent(errors::add);
        codes.priorities.check("priority", filter.priority()).ifPresent(errors::add);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        return devices.page(filter, limit, cursor);
    }

    /**
     * A correction of the device's own fields, or of the action that seized it (its seized_at follows); its dates
     * and status change only by its moves.
     */
    @Transactional
    public DeviceEntity replace(UUID id, ExpectedVersion expected, DeviceInput input) {
        return VersionedRecords.replace(devices, changeable(id), expected, clock, device -> {
            validate(input);
            if (!input.getActionId().equals(device.actionId)) {
                EnforcementActionEntity action = seizure(input.getActionId());
                device.actionId = action.id;
                device.seizedAt = action.occurredAt;
                Instant firstMove = movesOf(device).stream().min(Instant::compareTo).orElse(null);
                if (firstMove != null && firstMove.isBefore(device.seizedAt)) {
                    throw ApiProblem.invalidField("action_id", "names an action that occurred after this device's "
                            + "moves: it cannot have seized it");
                }
            }
            apply(input, device);
        });
    }

    /** Moves a device along its journey; 409 naming the allowed moves when it may not. */
    @Transactional
    public DeviceEntity transition(UUID id, ExpectedVersion expected, DeviceTransitionInput input) {
        Instant now = clock.instant();
        Instant occurredAt = (input.getOccurredAt() == null ? now : input.getOccurredAt().toInstant())
                .truncatedTo(ChronoUnit.MICROS);
        List<FieldViolation> errors = transitionRules.check(input);
        if (occurredAt.isAfter(now.plus(FUTURE_TOLERANCE))) {
            errors.add(new FieldViolation("occurred_at", "must not be more than 5 minutes in the future"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
        DeviceStatus to = input.getToStatus();
        return VersionedRecords.replace(devices, changeable(id), expected, clock, device -> {
            DeviceStatus from = device.status;
            Set<DeviceStatus> allowed = DeviceLifecycle.allowedFrom(from, device.triageRoute);
            if (!allowed.contains(to)) {
                String allowedText = allowed.isEmpty() ? "none: " + from + " is final"
                        : allowed.stream().map(String::valueOf).collect(Collectors.joining(", "));
                throw ApiProblem.conflict("A device " + from + " cannot move to " + to + ". Allowed from " + from
                        + ": " + allowedText + ".", List.of(new FieldViolation("to_status",
                                allowed.isEmpty() ? "no move is allowed from the final status " + from
                                        : FieldViolation.oneOf(allowed))));
            }
            Instant previous = lastMoveAt(device);
            if (occurredAt.isBefore(previous)) {
                throw ApiProblem.invalidField("occurred_at", "must not be before the device's previous move ("
                        + previous + ")" + (to == DeviceStatus.EXAMINED ? ": an examination cannot end before it "
                                + "started" : ""));
            }
            if (to == DeviceStatus.DESTROYED) {
                requireDestroyable(device);
            }
            move(device, to, occurredAt, input);
            record(device, from, to, occurredAt, input.getTriageRoute(), input.getReason());
        });
    }

    public Page<DeviceTransitionEntity> history(UUID id, int limit, String cursor) {
        get(id);
        return devices.transitions(id, limit, cursor);
    }

    /** A device whose seizure action is still held: one disposed of under review took the device's references. */
    private DeviceEntity changeable(UUID id) {
        DeviceEntity device = get(id);
        EnforcementActionEntity action = actions.findById(device.actionId);
        if (action.disposedAt != null) {
            throw ApiProblem.conflict("The action that seized this device was disposed of under review on "
                    + action.disposedAt + ": the device's record is kept for the figures, and changes no more.",
                    List.of());
        }
        return device;
    }

    /** The action a device is registered against: it exists (422) and seized devices (409). */
    private EnforcementActionEntity seizure(UUID actionId) {
        EnforcementActionEntity action = actions.findById(actionId);
        if (action == null || action.disposedAt != null) {
            throw ApiProblem.unprocessable("action_id", "No enforcement action has this id.");
        }
        if (action.devicesSeized == 0) {
            throw ApiProblem.conflict("The action " + actionId + " seized no devices (devices_seized is 0): correct "
                    + "it first, or register the device against the action that seized it.",
                    List.of(new FieldViolation("action_id", "names an action that seized no devices")));
        }
        return action;
    }

    /** Destruction is refused while the seizure action (or its operation) is held, or a s.59 application stands. */
    private void requireDestroyable(DeviceEntity device) {
        if (device.s59ApplicationReference != null) {
            throw ApiProblem.conflict("An application under CJPA 2001 s.59 for this device's return is recorded ("
                    + device.s59ApplicationReference + "): it may not be destroyed while it stands.",
                    List.of(new FieldViolation("to_status", "a s.59 return application is recorded")));
        }
        EnforcementActionEntity action = actions.findById(device.actionId);
        List<UUID> held = action.operationId == null ? List.of(action.id) : List.of(action.id, action.operationId);
        if (!holds.activeOn(held).isEmpty()) {
            throw ApiProblem.conflict("The action that seized this device is on hold (or its operation is): the "
                    + "device may not be destroyed until every hold is lifted.",
                    List.of(new FieldViolation("to_status", "the seizure action is on hold")));
        }
    }

    /** Sets the date the move stands for, and when the device leaves the examination queue. */
    private static void move(DeviceEntity device, DeviceStatus to, Instant at, DeviceTransitionInput input) {
        switch (to) {
            case TRIAGED -> {
                device.triageRoute = input.getTriageRoute();
                device.triagedAt = at;
                if (input.getTriageRoute() == TriageRoute.NOT_REQUIRED) {
                    device.queueLeftAt = at;
                }
            }
            case AWAITING_EXAMINATION -> device.awaitingSince = at;
            case IN_EXAMINATION -> {
                device.examinationStartedAt = at;
                device.queueLeftAt = at;
            }
            case EXAMINED -> {
                ExaminationResult result = input.getExamination();
                device.examinationEndedAt = at;
                device.caidCategoryA = result.getCaidCategoryA();
                device.caidCategoryB = result.getCaidCategoryB();
                device.caidCategoryC = result.getCaidCategoryC();
                device.fsrCodeCompliant = result.getFsrCodeCompliant();
                device.fsrMethodReference = result.getFsrMethodReference();
                device.examinerReference = result.getExaminerReference();
            }
            default -> {
                device.concludedAt = at;
                device.conclusionReason = input.getReason();
                if (device.queueLeftAt == null) {
                    device.queueLeftAt = at;
                }
            }
        }
        device.status = to;
    }

    /** The dates of the device's moves after its seizure. */
    private static List<Instant> movesOf(DeviceEntity device) {
        return java.util.stream.Stream.of(device.triagedAt, device.awaitingSince, device.examinationStartedAt,
                device.examinationEndedAt, device.concludedAt).filter(java.util.Objects::nonNull).toList();
    }

    private static Instant lastMoveAt(DeviceEntity device) {
        return movesOf(device).stream().max(Instant::compareTo).filter(at -> at.isAfter(device.seizedAt))
                .orElse(device.seizedAt);
    }

    private void validate(DeviceInput input) {
        List<FieldViolation> errors = bodyRules.check(input);
        if (!errors.isEmpty()) {
            throw ApiProblem.validation(errors);
        }
    }

    private void apply(DeviceInput input, DeviceEntity device) {
        device.exhibitReference = input.getExhibitReference();
        device.kind = input.getKind();
        device.priority = input.getPriority() == null ? codes.defaultPriority : input.getPriority();
        device.s59ApplicationReference = input.getS59ApplicationReference();
        device.securityMarking = input.getSecurityMarking() == null ? SecurityMarking.OFFICIAL_SENSITIVE
                : input.getSecurityMarking();
    }

    private void record(DeviceEntity device, DeviceStatus from, DeviceStatus to, Instant occurredAt,
            TriageRoute route, String reason) {
        DeviceTransitionEntity transition = new DeviceTransitionEntity();
        transition.deviceId = device.id;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.occurredAt = occurredAt;
        transition.recordedAt = Timestamps.at(clock);
        transition.actor = caller.subject();
        transition.triageRoute = route;
        transition.reason = reason;
        em.persist(transition);
    }
}
