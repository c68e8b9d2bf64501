package uk.police.enforcement.action;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.support.ScratchDatabase;
/**
 * V29 gives actions recorded under 2.4 the Home Office code their category stands for and changes no category:
 * making and distribution are PCA 1978 s.1 (86/2), possession CJA 1988 s.160 (86/10), the rest keep none. The
 * figures rebuilt from the catalogue (R__03) count them under their codes, and the people charged before stay
 * counted.
 */
class OffenceCodesMigrationTest {

    private static final String ACTION = "insert into enforcement_action (id, action_type, occurred_at, area, "
            + "offence_category, rms_reference, security_marking, persons_charged, person_references, charge_offence, "
            + "created_at, updated_at, version, retention_group, review_due_on) values ";

    @Test
    void actionsRecordedBeforeGetTheCodeOfTheirCategoryAndKeepIt() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            database.migrateTo("28");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                int n = 0;
                for (String category : new String[] { "IIOC_MAKING", "IIOC_DISTRIBUTION", "IIOC_POSSESSION",
                        "COMPUTER_MISUSE", "OTHER" }) {
                    n++;
                    statement.execute(ACTION + "('00000000-0000-0000-0000-00000000000" + n + "', 'CHARGE', "
                            + "'2024-03-0" + n + "T10:00:00Z', 'NORTH', '" + category + "', 'CU-" + n + "', "
                            + "'OFFICIAL', 2, '{P-SAME,P-" + n + "}', 'An offence', now(), now(), 0, 'GROUP_1', "
                            + "current_date + 3650)");
                }
            }
            database.migrateTo(null);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery(
                        "select offence_category, offence_code from enforcement_action order by rms_reference")) {
                    String[][] expected = { { "IIOC_MAKING", "86/2" }, { "IIOC_DISTRIBUTION", "86/2" },
                            { "IIOC_POSSESSION", "86/10" }, { "COMPUTER_MISUSE", null }, { "OTHER", null } };
                    for (String[] row : expected) {
                        rows.next();
                        assertEquals(row[0], rows.getString(1), "no category is reinterpreted");
                        assertEquals(row[1], rows.getString(2));
                    }
                }
                try (ResultSet rows = statement.executeQuery("select offence_code, sum(actions_recorded), "
                        + "sum(persons_charged_unreferenced) from action_daily_totals group by 1 order by 1")) {
                    rows.next();
                    assertEquals("", rows.getString(1));
                    assertEquals(2, rows.getLong(2));
                    rows.next();
                    assertEquals("86/10", rows.getString(1));
                    rows.next();
                    assertEquals("86/2", rows.getString(1));
                    assertEquals(2, rows.getLong(2));
                    assertEquals(0, rows.getLong(3), "every person charged was referenced");
                }
                try (ResultSet rows = statement.executeQuery("select count(distinct person_hash), count(*) "
                        + "from counted_person where figure = 'persons_charged'")) {
                    rows.next();
                    assertEquals(6, rows.getLong(1), "P-SAME once and five others: people charged stay counted once");
                    assertEquals(10, rows.getLong(2));
                }
                try (ResultSet rows = statement.executeQuery("select offence_code from counted_person "
                        + "where action_id = '00000000-0000-0000-0000-000000000003' limit 1")) {
                    rows.next();
                    assertEquals("86/10", rows.getString(1), "counted under the code the migration gave");
                }
            }
        }
    }
}
