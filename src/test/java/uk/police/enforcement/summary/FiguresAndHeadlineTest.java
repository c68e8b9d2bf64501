package uk.police.enforcement.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.api.model.SecurityMarking;
/** The figures built from the aggregates, and the press headline written from them, without a database. */
class FiguresAndHeadlineTest {

    private static final List<String> TYPES = List.of("CEASE_AND_DESIST", "CHILD_ABDUCTION_WARNING_NOTICE",
            "WARNING_LETTER", "OTHER");
    private static final UUID NWROCU = UUID.randomUUID();
    private static final UUID NCA = UUID.randomUUID();

    @Test
    void nothingRecordedGivesEveryFigureAsZero() {
        Figures figures = FiguresMath.figures(TYPES, null, null);
        assertEquals(0L, figures.getWarrantsExecuted());
        assertEquals(0L, figures.getNoticesIssued());
        assertEquals(0L, figures.getNoticesByType().get(0).getCount());
        assertEquals(List.of(), figures.getNoticesByAgency());
        assertEquals("No enforcement activity has been recorded.", Headline.of(figures));
        assertEquals(SecurityMarking.OFFICIAL, figures.getSecurityMarking());
    }

    @Test
    void theMarkingIsTheHighestOfTheRecordsCounted() {
        assertEquals(SecurityMarking.OFFICIAL, FiguresMath.figures(TYPES, new ActionTotals(1, 0, 0, 0, 0, 0, 1, 0),
                List.of(new NoticeCount("OTHER", NCA, "NCA", "National Crime Agency", 3, 0))).getSecurityMarking());
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE, FiguresMath.figures(TYPES,
                new ActionTotals(1, 0, 0, 0, 0, 0, 1, 0),
                List.of(new NoticeCount("OTHER", NCA, "NCA", "National Crime Agency", 3, 1))).getSecurityMarking());
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE, FiguresMath.figures(TYPES,
                new ActionTotals(1, 0, 0, 0, 0, 0, 2, 1), null).getSecurityMarking());
        assertEquals(SecurityMarking.OFFICIAL, FiguresMath.highest(Stream.of()));
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE, FiguresMath.highest(
                Stream.of(SecurityMarking.OFFICIAL, SecurityMarking.OFFICIAL_SENSITIVE, SecurityMarking.OFFICIAL)));
    }

    @Test
    void theWeekOfActionReadsAsThePressReleaseDid() {
        Figures figures = FiguresMath.figures(TYPES, new ActionTotals(5, 0, 29, 7, 1, 3, 11, 11),
                List.of(new NoticeCount("CEASE_AND_DESIST", NWROCU, "NWROCU",
                        "North West Regional Organised Crime Unit", 6, 6)));
        assertEquals(5L, figures.getWarrantsExecuted());
        assertEquals(6L, figures.getNoticesIssued());
        assertEquals("5 positive warrants executed, 29 devices seized, 7 children safeguarded, 1 arrest, "
                + "3 people charged and 6 Cease and Desist notices issued with North West Regional Organised "
                + "Crime Unit.", Headline.of(figures));
    }

    @Test
    void warrantsExecutedArePositiveAndNegativeAndAgenciesAreListedByCount() {
        Figures figures = FiguresMath.figures(TYPES, new ActionTotals(2, 3, 0, 0, 0, 0, 5, 0), List.of(
                new NoticeCount("WARNING_LETTER", NCA, "NCA", "National Crime Agency", 1, 0),
                new NoticeCount("CEASE_AND_DESIST", NWROCU, "NWROCU", "North West ROCU", 2, 0),
                new NoticeCount("WARNING_LETTER", NWROCU, "NWROCU", "North West ROCU", 2, 0)));
        assertEquals(5L, figures.getWarrantsExecuted());
        assertEquals(5L, figures.getNoticesIssued());
        assertEquals(3L, figures.getNoticesByType().get(2).getCount());
        assertEquals(List.of("NWROCU", "NCA"), figures.getNoticesByAgency().stream().map(AgencyCount::getCode).toList());
        assertEquals(List.of(4L, 1L), figures.getNoticesByAgency().stream().map(AgencyCount::getCount).toList());
        assertEquals("2 positive warrants executed, 3 negative warrants executed and 2 Cease and Desist notices "
                + "and 3 warning letters issued with North West ROCU and National Crime Agency.", Headline.of(figures));
    }

    @Test
    void listsAreJoinedAsEnglish() {
        assertEquals("", Headline.join(List.of()));
        assertEquals("a", Headline.join(List.of("a")));
        assertEquals("a and b", Headline.join(List.of("a", "b")));
        assertEquals("a, b and c", Headline.join(List.of("a", "b", "c")));
    }
}
