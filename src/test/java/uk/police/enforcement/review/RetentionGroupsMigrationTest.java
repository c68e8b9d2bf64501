package uk.police.enforcement.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.support.ScratchDatabase;
/**
 * V26 puts records kept under contract 2.4 in the group the law gives them: an operation is a corporate record,
 * a Cease and Desist notice Computer Misuse Act work (group 3); a Child Abduction Warning Notice and every
 * action stay where they were, and no review day moves (the next review moves it).
 */
class RetentionGroupsMigrationTest {

    @Test
    void recordsKeptBeforeMoveToTheirGroupsAndKeepTheirReviewDays() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            database.migrateTo("25");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("insert into operation (id, reference, name, kind, start_date, lead_unit, status, "
                        + "security_marking, created_at, updated_at, version, retention_group, review_due_on) values "
                        + "('00000000-0000-0000-0000-00000000000a', 'OP-1', 'Week of action', 'WEEK_OF_ACTION', "
                        + "'2026-03-02', 'Cyber and Digital Crime Unit', 'CLOSED', 'OFFICIAL_SENSITIVE', now(), now(), 0, "
                        + "'GROUP_1', '2036-03-02')");
                statement.execute("insert into partner_agency (id, code, name, kind, active, created_at, updated_at, "
                        + "version) values ('00000000-0000-0000-0000-0000000000a1', 'NWROCU', 'NW ROCU', 'ROCU', true, "
                        + "now(), now(), 0)");
                for (String[] notice : List.of(new String[] { "b1", "CEASE_AND_DESIST" },
                        new String[] { "b2", "CHILD_ABDUCTION_WARNING_NOTICE" })) {
                    statement.execute("insert into partner_notice (id, notice_type, partner_agency_id, subject_reference, "
                            + "subject_age_band, status, counts_as_issued, security_marking, created_at, updated_at, "
                            + "version, retention_group, review_due_on) values ('00000000-0000-0000-0000-0000000000"
                            + notice[0] + "', '" + notice[1] + "', '00000000-0000-0000-0000-0000000000a1', 'SUBJ-1', "
                            + "'UNDER_18', 'DRAFT', false, 'OFFICIAL_SENSITIVE', now(), now(), 0, 'GROUP_1', '2036-03-02')");
                }
            }
            database.migrateTo(null);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                Map<String, String> groups = new HashMap<>();
                try (ResultSet rows = statement.executeQuery("select id::text, retention_group || ' ' || review_due_on "
                        + "from operation union all select id::text, retention_group || ' ' || review_due_on "
                        + "from partner_notice")) {
                    while (rows.next()) {
                        groups.put(rows.getString(1).substring(34), rows.getString(2));
                    }
                }
                assertEquals("CORPORATE 2036-03-02", groups.get("0a"), "an operation is a corporate record");
                assertEquals("GROUP_3 2036-03-02", groups.get("b1"), "a Cease and Desist notice is CMA work");
                assertEquals("GROUP_1 2036-03-02", groups.get("b2"));
            }
        }
    }
}
