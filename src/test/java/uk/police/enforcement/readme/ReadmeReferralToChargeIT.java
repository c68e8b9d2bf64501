package uk.police.enforcement.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
/**
 * The README's "From referral to charge" runs as printed, after the week's set-up block (its helpers), against
 * the packaged service on a fresh database: a HIGH referral acted on in three days is within its target, a LOW
 * one 31 days old with no action is breaching, and the crime with outcome 1 linked to the charge is consistent.
 */
class ReadmeReferralToChargeIT {

    @Test
    void theReadmesReferralIsActionedWithinItsTargetAndTheCrimeChargedConsistently() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String helpers = ReadmeWeekOfActionIT.blocksOf(readme, "## Record a week of action").get(0);
        String output = ReadmeWeekOfActionIT.run(helpers + "\n"
                + ReadmeWeekOfActionIT.commandsOf(readme, "## From referral to charge"), "readme-referral");
        List<String> lines = output.lines().toList();
        assertTrue(lines.containsAll(List.of("HIGH", "LOW", "ASSESSED", "DEVELOPED", "ACTIONED")), output);
        assertTrue(lines.contains("HIGH P3D false"), "the HIGH referral, acted on in three days:\n" + output);
        assertTrue(lines.contains("LOW P31D true"), "the LOW referral, breaching at day 31:\n" + output);
        assertTrue(lines.contains("1 Charged/Summonsed false"), "the crime, charged, consistent:\n" + output);
    }
}
