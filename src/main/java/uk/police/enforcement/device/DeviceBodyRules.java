package uk.police.enforcement.device;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.api.model.DeviceInput;
import uk.police.enforcement.api.model.DeviceStatus;
import uk.police.enforcement.api.model.DeviceTransitionInput;
import uk.police.enforcement.api.model.ExaminationResult;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.BodyRules;
/** A device's rules beyond its schema: its kind and priority are of the configured lists. */
@ApplicationScoped
public class DeviceBodyRules implements BodyRules<DeviceInput> {

    private final DeviceCodes codes;

    public DeviceBodyRules(DeviceCodes codes) {
        this.codes = codes;
    }

    @Override
    public Class<DeviceInput> bodyType() {
        return DeviceInput.class;
    }

    @Override
    public List<FieldViolation> check(DeviceInput body) {
        List<FieldViolation> errors = new ArrayList<>();
        codes.kinds.check("kind", body.getKind()).ifPresent(errors::add);
        codes.priorities.check("priority", body.getPriority()).ifPresent(errors::add);
        return errors;
    }

    /**
     * A move's: a triage route with a move to TRIAGED and no other, an examination's result with a move to EXAMINED
     * and no other (a compliant one names its method), and a reason to destroy.
     */
    @ApplicationScoped
    public static class Transition implements BodyRules<DeviceTransitionInput> {

        @Override
        public Class<DeviceTransitionInput> bodyType() {
            return DeviceTransitionInput.class;
        }

        @Override
        public List<FieldViolation> check(DeviceTransitionInput body) {
            List<FieldViolation> errors = new ArrayList<>();
            DeviceStatus to = body.getToStatus();
            if (to == DeviceStatus.TRIAGED && body.getTriageRoute() == null) {
                errors.add(new FieldViolation("triage_route", "is required to triage a device: KIOSK, LAB or "
                        + "NOT_REQUIRED", List.of("to_status")));
            } else if (to != DeviceStatus.TRIAGED && body.getTriageRoute() != null) {
                errors.add(new FieldViolation("triage_route", "belongs only to a move to TRIAGED", List.of("to_status")));
            }
            ExaminationResult examination = body.getExamination();
            if (to == DeviceStatus.EXAMINED && examination == null) {
                errors.add(new FieldViolation("examination", "is required to record a device EXAMINED: its CAID "
                        + "counts, Code compliance and examiner", List.of("to_status")));
            } else if (to != DeviceStatus.EXAMINED && examination != null) {
                errors.add(new FieldViolation("examination", "belongs only to a move to EXAMINED", List.of("to_status")));
            } else if (examination != null && Boolean.TRUE.equals(examination.getFsrCodeCompliant())
                    && examination.getFsrMethodReference() == null) {
                errors.add(new FieldViolation("examination.fsr_method_reference", "is required when the examination "
                        + "followed the Forensic Science Regulator's Code", List.of("examination.fsr_code_compliant")));
            }
            if (to == DeviceStatus.DESTROYED && (body.getReason() == null || body.getReason().isBlank())) {
                errors.add(new FieldViolation("reason", "is required to destroy a device", List.of("to_status")));
            }
            return errors;
        }
    }
}
