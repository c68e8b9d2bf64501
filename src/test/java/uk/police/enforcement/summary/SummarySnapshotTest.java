package uk.police.enforcement.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.support.Api;
/**
 * A summary's figures come from one snapshot: counted while arrests are being recorded, each arrest naming one new
 * person, every answer has as many people arrested as arrests. Read in several snapshots (the totals in one, the
 * people counted once in the next), an arrest committed between the two showed in one figure and not the other.
 */
@QuarkusTest
class SummarySnapshotTest {

    private static final int ARRESTS = 60;

    @Test
    void figuresReadWhileArrestsAreRecordedAgreeWithEachOther() throws Exception {
        var minute = Actions.privateMinute();
        LocalDate day = LocalDate.ofInstant(minute, ZoneId.of("Europe/London"));
        String url = "/api/v2/summaries?day_from=" + day + "&day_to=" + day;
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> writing = writer.submit(() -> {
                for (int i = 0; i < ARRESTS; i++) {
                    Map<String, Object> arrest = Actions.arrest(1);
                    arrest.put("occurred_at", minute.toString());
                    arrest.put("person_references", List.of("SNAP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase()));
                    Actions.create(arrest);
                }
            });
            List<String> disagreements = new ArrayList<>();
            int reads = 0;
            while (!writing.isDone()) {
                JsonPath figures = Api.as("reader").get(url).then().statusCode(200).extract().jsonPath();
                long arrests = figures.getLong("figures.arrests");
                long people = figures.getLong("figures.people_arrested");
                if (arrests != people) {
                    disagreements.add(arrests + " arrests, " + people + " people arrested");
                }
                reads++;
            }
            writing.get(1, TimeUnit.MINUTES); // the writer's own failure, if any
            assertTrue(reads > 0, "no summary was read while arrests were recorded");
            assertEquals(List.of(), disagreements, "of " + reads + " summaries read during the writes");
            JsonPath last = Api.as("reader").get(url).then().statusCode(200).extract().jsonPath();
            assertEquals(ARRESTS, last.getLong("figures.arrests"));
            assertEquals(ARRESTS, last.getLong("figures.people_arrested"));
        } finally {
            writer.shutdownNow();
        }
    }
}
