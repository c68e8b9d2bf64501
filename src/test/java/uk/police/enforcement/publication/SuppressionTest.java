package uk.police.enforcement.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.figure.Cell;
/** What a publication may release: small numbers hidden, and no hidden number worked out from a sum. */
class SuppressionTest {

    private static final Suppression FIVE = new Suppression(5, Map.of());

    private static Map<String, String> shown(Suppression suppression, Cell... cells) {
        Map<String, String> shown = new LinkedHashMap<>();
        suppression.apply(List.of(cells)).forEach(s -> shown.put(s.cell().figure()
                + (s.cell().group() == null ? "" : "/" + s.cell().group()), s.shown()));
        return shown;
    }

    @Test
    void numbersFromOneToFourAreShownAsFewerThanFiveAndZeroIsShown() {
        assertEquals(Map.of("persons_charged", "<5", "devices_seized", "29", "arrests", "0"),
                shown(FIVE, new Cell("persons_charged", null, 3), new Cell("devices_seized", null, 29),
                        new Cell("arrests", null, 0)));
        assertEquals(Map.of("persons_charged", "5"), shown(FIVE, new Cell("persons_charged", null, 5)));
    }

    @Test
    void aHiddenPartOfASumHidesTheSmallestOtherPart() {
        // 8 warrants executed, 3 positive, 5 negative: 3 would be 8 - 5, so 5 is hidden too.
        assertEquals(List.of("8", "<5", "[c]"), List.copyOf(shown(FIVE, new Cell("warrants_executed", null, 8),
                new Cell("positive_warrants", null, 3), new Cell("negative_warrants", null, 5)).values()));
        // With no other part to hide (it is 0), the total is hidden: here as small itself; with a threshold for
        // the part only, as confidential.
        assertEquals(List.of("<5", "<5", "0"), List.copyOf(shown(FIVE, new Cell("warrants_executed", null, 3),
                new Cell("positive_warrants", null, 3), new Cell("negative_warrants", null, 0)).values()));
        assertEquals(List.of("[c]", "<10", "0"), List.copyOf(shown(new Suppression(5, Map.of("positive_warrants", 10)),
                new Cell("warrants_executed", null, 7), new Cell("positive_warrants", null, 7),
                new Cell("negative_warrants", null, 0)).values()));
        // An alias (persons_arrested is arrests) hides as the figure it repeats.
        assertEquals(List.of("<5", "<5"), List.copyOf(shown(FIVE, new Cell("arrests", null, 1),
                new Cell("persons_arrested", null, 1)).values()));
    }

    @Test
    void noticesByTypeAndByAgencyAreSumsOfNoticesIssued() {
        Map<String, String> shown = shown(FIVE, new Cell("notices_issued", null, 9),
                new Cell("notices_by_type", "CEASE_AND_DESIST", 6), new Cell("notices_by_type", "WARNING_LETTER", 3),
                new Cell("notices_by_type", "OTHER", 0),
                new Cell("notices_by_agency", "NWROCU", 7), new Cell("notices_by_agency", "NCA", 2));
        assertEquals("[c]", shown.get("notices_by_type/CEASE_AND_DESIST"), "6 would be 9 - 3");
        assertEquals("<5", shown.get("notices_by_type/WARNING_LETTER"));
        assertEquals("[c]", shown.get("notices_by_agency/NWROCU"), "7 would be 9 - 2");
        assertEquals("9", shown.get("notices_issued"));
    }

    @Test
    void aThresholdIsSetPerFigureAndZeroDisablesIt() {
        Suppression suppression = new Suppression(5, Map.of("devices_seized", 0, "children_safeguarded", 10));
        assertEquals(Map.of("devices_seized", "2", "children_safeguarded", "<10", "arrests", "<5"),
                shown(suppression, new Cell("devices_seized", null, 2), new Cell("children_safeguarded", null, 7),
                        new Cell("arrests", null, 4)));
        assertEquals(Map.of("arrests", "4"), shown(new Suppression(0, Map.of()), new Cell("arrests", null, 4)));
    }
}
