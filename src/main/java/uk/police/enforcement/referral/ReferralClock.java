package uk.police.enforcement.referral;

import java.time.Duration;
import java.time.Instant;
/**
 * A referral's clock, from receipt to its first enforcement action: pure rules. Targets are elapsed time (P1D is 24
 * hours, whatever the clocks do on the way); a referral is breached when its first action came after it fell due,
 * or none has and now is after it: exactly at the target is within it.
 */
final class ReferralClock {

    private ReferralClock() {
    }

    /** When a referral received at {@code receivedAt} with {@code target} falls due; null without a target. */
    static Instant dueAt(Instant receivedAt, Duration target) {
        return target == null ? null : receivedAt.plus(target);
    }

    /** From receipt to the first action, or to now while there is none; never negative, whole seconds. */
    static Duration elapsed(Instant receivedAt, Instant firstActionAt, Instant now) {
        Duration elapsed = Duration.between(receivedAt, firstActionAt != null ? firstActionAt : now);
        return elapsed.isNegative() ? Duration.ZERO : Duration.ofSeconds(elapsed.getSeconds());
    }

    static boolean breached(Instant dueAt, Instant firstActionAt, Instant now) {
        if (dueAt == null) {
            return false;
        }
        return firstActionAt != null ? firstActionAt.isAfter(dueAt) : now.isAfter(dueAt);
    }

    /** An ISO 8601 duration with days where it has any: P7D, P1DT2H30M, PT45M, PT0S. */
    static String iso(Duration duration) {
        long seconds = duration.getSeconds();
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        long rest = seconds % 60;
        StringBuilder iso = new StringBuilder("P");
        if (days > 0) {
            iso.append(days).append('D');
        }
        if (hours > 0 || minutes > 0 || rest > 0 || days == 0) {
            iso.append('T');
            if (hours > 0) {
                iso.append(hours).append('H');
            }
            if (minutes > 0) {
                iso.append(minutes).append('M');
            }
            if (rest > 0 || (hours == 0 && minutes == 0)) {
                iso.append(rest).append('S');
            }
        }
        return iso.toString();
    }
}
