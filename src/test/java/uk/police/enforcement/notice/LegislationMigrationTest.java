package uk.police.enforcement.notice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.support.ScratchDatabase;
/** V28: notices stored with the generated constants' names hold the contract's values afterwards. */
class LegislationMigrationTest {

    @Test
    void legislationStoredByConstantNameBecomesTheContractsValue() throws Exception {
        try (ScratchDatabase database = ScratchDatabase.create()) {
            database.migrateTo("27");
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("insert into partner_agency (id, code, name, kind, active, created_at, updated_at, "
                        + "version) values ('00000000-0000-0000-0000-0000000000a1', 'NWROCU', 'NW ROCU', 'ROCU', true, "
                        + "now(), now(), 0)");
                String[][] stored = { { "c1", "CMA_1990_S3_ZA" }, { "c2", "CMA_1990_S3_A" }, { "c3", "CMA_1990_S1" } };
                for (String[] notice : stored) {
                    statement.execute("insert into partner_notice (id, notice_type, partner_agency_id, subject_reference, "
                            + "subject_age_band, status, counts_as_issued, security_marking, created_at, updated_at, "
                            + "version, retention_group, review_due_on, legislation) values "
                            + "('00000000-0000-0000-0000-0000000000" + notice[0] + "', 'CEASE_AND_DESIST', "
                            + "'00000000-0000-0000-0000-0000000000a1', 'SUBJ-1', 'UNDER_18', 'DRAFT', false, "
                            + "'OFFICIAL_SENSITIVE', now(), now(), 0, 'GROUP_3', '2032-03-02', '" + notice[1] + "')");
                }
            }
            database.migrateTo(null);
            try (Connection connection = database.connect(); Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("select legislation, version from partner_notice order by id")) {
                List<String> legislation = new ArrayList<>();
                while (rows.next()) {
                    legislation.add(rows.getString(1) + " v" + rows.getLong(2));
                }
                assertEquals(List.of("CMA_1990_S3ZA v0", "CMA_1990_S3A v0", "CMA_1990_S1 v0"), legislation);
            }
        }
    }
}
