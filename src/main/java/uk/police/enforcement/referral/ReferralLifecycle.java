package uk.police.enforcement.referral;

import static uk.police.enforcement.api.model.ReferralStatus.ACTIONED;
import static uk.police.enforcement.api.model.ReferralStatus.ASSESSED;
import static uk.police.enforcement.api.model.ReferralStatus.CLOSED;
import static uk.police.enforcement.api.model.ReferralStatus.DEVELOPED;
import static uk.police.enforcement.api.model.ReferralStatus.RECEIVED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import uk.police.enforcement.api.model.ReferralStatus;
/**
 * The referral life-cycle, in one place (the contract's ReferralStatus describes the same): RECEIVED -> ASSESSED ->
 * DEVELOPED -> ACTIONED -> CLOSED; RECEIVED, ASSESSED or DEVELOPED -> CLOSED. CLOSED is final.
 */
final class ReferralLifecycle {

    private static final Map<ReferralStatus, Set<ReferralStatus>> NEXT = new EnumMap<>(ReferralStatus.class);

    static {
        NEXT.put(RECEIVED, EnumSet.of(ASSESSED, CLOSED));
        NEXT.put(ASSESSED, EnumSet.of(DEVELOPED, CLOSED));
        NEXT.put(DEVELOPED, EnumSet.of(ACTIONED, CLOSED));
        NEXT.put(ACTIONED, EnumSet.of(CLOSED));
        NEXT.put(CLOSED, EnumSet.noneOf(ReferralStatus.class));
    }

    private ReferralLifecycle() {
    }

    static Set<ReferralStatus> allowedFrom(ReferralStatus status) {
        return NEXT.get(status);
    }
}
