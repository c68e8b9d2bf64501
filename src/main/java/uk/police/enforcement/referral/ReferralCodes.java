package uk.police.enforcement.referral;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.inject.Singleton;

import uk.police.enforcement.api.model.RiskGrade;
import uk.police.enforcement.common.config.CodeList;
import uk.police.enforcement.common.config.EnforcementConfig;
import uk.police.enforcement.common.config.Pairs;
/**
 * The configured referral lists (sources, risk tools, closure reasons) and each grade's target. A target that is
 * not a positive ISO 8601 duration, or a grade without one, stops start-up with the setting's name. A singleton, not
 * proxied: its lists are read as fields.
 */
@Singleton
public class ReferralCodes {

    private static final String TARGETS = "enforcement.referrals.targets";

    final CodeList sources;
    final CodeList riskTools;
    final CodeList closureReasons;
    private final Map<RiskGrade, Duration> targets = new EnumMap<>(RiskGrade.class);

    public ReferralCodes(EnforcementConfig config) {
        EnforcementConfig.Referrals referrals = config.referrals();
        this.sources = new CodeList(referrals.sources());
        this.riskTools = new CodeList(referrals.riskTools());
        this.closureReasons = new CodeList(referrals.closureReasons());
        Pairs.parse(referrals.targets(), TARGETS).forEach((grade, target) -> {
            RiskGrade parsed;
            try {
                parsed = RiskGrade.fromValue(grade);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(TARGETS + ": " + grade + " is not a grade (VERY_HIGH, HIGH, MEDIUM, LOW)");
            }
            targets.put(parsed, duration(target, TARGETS + ": " + grade + "=" + target));
        });
        for (RiskGrade grade : RiskGrade.values()) {
            if (!targets.containsKey(grade)) {
                throw new IllegalArgumentException(TARGETS + " has no target for " + grade);
            }
        }
    }

    Duration targetOf(RiskGrade grade) {
        return targets.get(grade);
    }

    /** A positive ISO 8601 duration, or null. */
    static Duration durationOrNull(String written) {
        try {
            return duration(written, "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A positive ISO 8601 duration, or IllegalArgumentException saying {@code what}. */
    static Duration duration(String written, String what) {
        try {
            Duration duration = Duration.parse(written);
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException(what + " is not a positive duration");
            }
            return duration;
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is not an ISO 8601 duration such as P7D or PT12H");
        }
    }
}
