package uk.police.enforcement.referral;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import uk.police.enforcement.api.model.ReferralInput;
import uk.police.enforcement.api.model.ReferralStatus;
import uk.police.enforcement.api.model.ReferralTransitionInput;
import uk.police.enforcement.api.model.RiskAssessmentInput;
import uk.police.enforcement.common.problem.FieldViolation;
import uk.police.enforcement.common.web.BodyRules;
/** A referral's rule beyond its schema: its source is one of the configured sources. */
@ApplicationScoped
public class ReferralBodyRules implements BodyRules<ReferralInput> {

    private final ReferralCodes codes;

    public ReferralBodyRules(ReferralCodes codes) {
        this.codes = codes;
    }

    @Override
    public Class<ReferralInput> bodyType() {
        return ReferralInput.class;
    }

    @Override
    public List<FieldViolation> check(ReferralInput body) {
        List<FieldViolation> errors = new ArrayList<>();
        codes.sources.check("source", body.getSource()).ifPresent(errors::add);
        return errors;
    }

    /** A risk assessment's: a configured tool, and a target of its own that is a positive duration. */
    @ApplicationScoped
    public static class Assessment implements BodyRules<RiskAssessmentInput> {

        private final ReferralCodes codes;

        public Assessment(ReferralCodes codes) {
            this.codes = codes;
        }

        @Override
        public Class<RiskAssessmentInput> bodyType() {
            return RiskAssessmentInput.class;
        }

        @Override
        public List<FieldViolation> check(RiskAssessmentInput body) {
            List<FieldViolation> errors = new ArrayList<>();
            codes.riskTools.check("tool", body.getTool()).ifPresent(errors::add);
            if (body.getTarget() != null && ReferralCodes.durationOrNull(body.getTarget()) == null) {
                errors.add(new FieldViolation("target", "must be a positive ISO 8601 duration such as P7D or PT12H"));
            }
            return errors;
        }
    }

    /** A transition's: a closure reason from the configured list with a move to CLOSED, and with no other. */
    @ApplicationScoped
    public static class Transition implements BodyRules<ReferralTransitionInput> {

        private final ReferralCodes codes;

        public Transition(ReferralCodes codes) {
            this.codes = codes;
        }

        @Override
        public Class<ReferralTransitionInput> bodyType() {
            return ReferralTransitionInput.class;
        }

        @Override
        public List<FieldViolation> check(ReferralTransitionInput body) {
            List<FieldViolation> errors = new ArrayList<>();
            if (body.getToStatus() == ReferralStatus.CLOSED) {
                if (body.getClosureReason() == null) {
                        errors.add(new FieldViolation("closure_reason", "is required to close a referral: one of "
                            + String.join(", ", codes.closureReasons.codes()), List.of("to_status")));
                } else {
                    codes.closureReasons.check("closure_reason", body.getClosureReason()).ifPresent(errors::add);
                }
            } else if (body.getClosureReason() != null) {
                errors.add(new FieldViolation("closure_reason", "belongs only to a move to CLOSED",
                        List.of("to_status")));
            }
            return errors;
        }
    }
}
