package uk.police.enforcement.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.support.ScratchDatabase;
/**
 * V24 keeps what actions recorded under contract 2.4 said about seize and sift, and infers nothing they did
 * not say: a seizure_power of CJPA_2001_S50 becomes the s.50 reliance, the power of seizure under it stays
 * unrecorded (CJPA_2001_S50, deprecated), and s52_notice_given keeps its answer.
 */
class SeizeAndSiftMigrationTest {

    private static final String ACTION = "insert into enforcement_action (id, action_type, occurred_at, area, "
            + "offence_category, rms_reference, security_marking, devices_seized, seizure_power, s52_notice_given, "
            + "legal_basis, warrant_result, created_at, updated_at, version, retention_group, review_due_on) values ";

    @Test
    void seizuresRecordedBeforeKeepWhatTheySaid() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            database.migrateTo("23");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute(ACTION + "('00000000-0000-0000-0000-000000000001', 'DEVICE_SEIZURE', now(), 'NORTH', "
                        + "'IIOC_DISTRIBUTION', 'CU-1', 'OFFICIAL_SENSITIVE', 3, 'CJPA_2001_S50', true, null, null, "
                        + "now(), now(), 0, 'GROUP_1', current_date + 3650)");
                statement.execute(ACTION + "('00000000-0000-0000-0000-000000000002', 'SEARCH_WARRANT', now(), 'NORTH', "
                        + "'IIOC_DISTRIBUTION', 'CU-2', 'OFFICIAL_SENSITIVE', 2, 'WARRANT', null, 'PCA_1978_S4', "
                        + "'POSITIVE', now(), now(), 0, 'GROUP_1', current_date + 3650)");
            }
            database.migrateTo(null);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select rms_reference, seizure_power, seize_and_sift, "
                            + "s52_notice_given, s52_notice_reference, s52_notice_delivery, warrant_issued_on, "
                            + "warrant_expires_on, warrant_returned_on from enforcement_action order by rms_reference")) {
                rows.next();
                assertEquals("CJPA_2001_S50", rows.getString("seizure_power"), "the underlying power was never recorded");
                assertEquals("CJPA_2001_S50", rows.getString("seize_and_sift"));
                assertEquals(true, rows.getObject("s52_notice_given"));
                assertNull(rows.getString("s52_notice_reference"), "no reference is invented");
                assertNull(rows.getString("s52_notice_delivery"));
                rows.next();
                assertEquals("WARRANT", rows.getString("seizure_power"));
                assertNull(rows.getString("seize_and_sift"));
                assertNull(rows.getObject("warrant_issued_on"), "an issue day was not recorded before");
                assertNull(rows.getObject("warrant_expires_on"));
                assertNull(rows.getObject("warrant_returned_on"));
            }
        }
    }
}
