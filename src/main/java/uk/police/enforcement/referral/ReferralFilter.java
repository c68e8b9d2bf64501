package uk.police.enforcement.referral;

import java.util.UUID;

import uk.police.enforcement.api.model.ReferralStatus;
import uk.police.enforcement.api.model.RiskGrade;
/** The list filters of referrals, combined with AND; null means "any". */
public record ReferralFilter(ReferralStatus status, String source, RiskGrade grade, Boolean breaching,
        UUID operationId) {
}
