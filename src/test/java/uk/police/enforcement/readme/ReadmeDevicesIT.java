package uk.police.enforcement.readme;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
/**
 * The README's "The week's devices and the examination backlog" runs as printed, after the whole week, against the
 * packaged service on a fresh database: the week's 29 devices registered, 12 examined, and a month later 17 waiting,
 * all under three months old.
 */
class ReadmeDevicesIT {

    @Test
    void theWeeksDevicesAreRegisteredAndTheBacklogAMonthLaterIsSeventeen() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String output = ReadmeWeekOfActionIT.run(ReadmeWeekOfActionIT.commandsOf(readme, "## Record a week of action")
                + "\n" + ReadmeWeekOfActionIT.commandsOf(readme, "## The week's devices and the examination backlog"),
                "readme-devices");
        List<String> lines = output.lines().map(String::strip).toList();
        assertTrue(lines.contains("29"), "the week's 29 devices registered:\n" + output);
        assertTrue(lines.containsAll(List.of("12 TRIAGED", "12 AWAITING_EXAMINATION", "12 IN_EXAMINATION",
                "12 EXAMINED")), "twelve examined:\n" + output);
        String backlog = lines.stream().filter(l -> l.startsWith("{\"devices_seized\"")).findFirst().orElse("");
        assertTrue(backlog.startsWith("{\"devices_seized\":29,\"devices_examined\":12,\"devices_awaiting_examination\":17,"
                + "\"by_age\":[\"0-3 months: 17\",\"3-6 months: 0\",\"6-12 months: 0\",\"over 12 months: 0\"],"
                + "\"days_to_examination\":{\"examinations_started\":12,"), "the backlog a month later:\n" + output);
    }
}
