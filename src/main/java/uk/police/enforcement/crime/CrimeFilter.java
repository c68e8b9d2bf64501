package uk.police.enforcement.crime;

import java.util.UUID;
/** The list filters of crimes, combined with AND; null means "any". */
public record CrimeFilter(Boolean inconsistent, String offenceCode, UUID referralId) {
}
