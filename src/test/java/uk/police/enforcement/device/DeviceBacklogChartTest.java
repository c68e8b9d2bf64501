package uk.police.enforcement.device;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * The backlog chart is drawn from the same buckets as the time series: rendered, it is a PNG of the promised size
 * with bars on it; the time series it draws says how many devices waited at each bucket's end.
 */
@QuarkusTest
class DeviceBacklogChartTest {

    @Test
    void theChartIsAPngOfTheBacklogPerWeek() throws Exception {
        String operation = Operations.createId(Operations.body());
        Map<String, Object> seizure = Actions.seizure(3, java.util.List.of());
        Instant seized = LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(3).atTime(10, 0)
                .atZone(ZoneId.of("Europe/London")).toInstant();
        seizure.put("occurred_at", seized.toString());
        seizure.put("operation_id", operation);
        String action = Actions.create(seizure);
        for (int i = 0; i < 3; i++) {
            DevicesTest.register(DevicesTest.device(action));
        }
        LocalDate from = LocalDate.now(ZoneId.of("Europe/London")).minusWeeks(5);
        LocalDate to = LocalDate.now(ZoneId.of("Europe/London"));
        String query = "interval=WEEK&day_from=" + from + "&day_to=" + to + "&operation_id=" + operation;

        // The numbers the chart draws: nothing before the seizure, three waiting after it.
        Api.as("reader").get("/api/v2/summaries/time-series?" + query).then().statusCode(200)
                .body("buckets[0].figures.devices_awaiting_examination", equalTo(0))
                .body("buckets[-1].figures.devices_awaiting_examination", equalTo(3));

        byte[] png = Api.as("reader").accept("image/png").get("/api/v2/summaries/device-backlog.png?" + query).then()
                .statusCode(200).contentType("image/png").extract().asByteArray();
        // Kept for a look (target/device-backlog.png): what a dashboard shows.
        Files.write(Path.of("target", "device-backlog.png"), png);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(800, image.getWidth());
        assertEquals(400, image.getHeight());
        Set<Integer> colours = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 4) {
            for (int y = 0; y < image.getHeight(); y += 4) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 3, "a chart, not a blank image: " + colours.size() + " colours");

        // Its questions are checked as the time series' are.
        Api.badRequestAs("reader").get("/api/v2/summaries/device-backlog.png?day_from=" + from).then().statusCode(400)
                .body("errors.field", contains("interval"));
        Api.badRequestAs("partner").get("/api/v2/summaries/device-backlog.png?" + query).then().statusCode(403);
    }
}
