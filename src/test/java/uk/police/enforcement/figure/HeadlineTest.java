package uk.police.enforcement.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import uk.police.enforcement.api.model.AgencyCount;
import uk.police.enforcement.api.model.Figures;
import uk.police.enforcement.api.model.SecurityMarking;
/** The figures worked out from what the queries counted, and the press headline written from them, without a database. */
class HeadlineTest {

    private static final List<String> TYPES = List.of("CEASE_AND_DESIST", "CHILD_ABDUCTION_WARNING_NOTICE",
            "WARNING_LETTER", "OTHER");
    private static final FigureLists LISTS = new FigureLists(TYPES, List.of(1, 2), List.of("PHONE"),
            List.of("STANDARD"), List.of());
    private static final UUID NWROCU = UUID.randomUUID();
    private static final UUID NCA = UUID.randomUUID();

    /** Counts as the queries return them: quantities by column, distinct people by figure, notices. */
    private static FigureValues counted(Map<String, Long> quantities, Map<String, Long> people, NoticeCount... notices) {
        FigureValues values = new FigureValues();
        values.quantities.putAll(quantities);
        values.people.putAll(people);
        values.notices.addAll(List.of(notices));
        return values;
    }

    @Test
    void nothingRecordedGivesEveryFigureAsZero() {
        Figures figures = ApiFigures.of(FigureValues.NONE, LISTS);
        assertEquals(0L, figures.getWarrantsExecuted());
        assertEquals(0L, figures.getArrests());
        assertEquals(0L, figures.getNoticesIssued());
        assertEquals(0L, figures.getNoticesByType().get(0).getCount());
        assertEquals(List.of(), figures.getNoticesByAgency());
        assertEquals("No enforcement activity has been recorded.", Headline.of(FigureValues.NONE, TYPES));
        assertEquals(SecurityMarking.OFFICIAL, figures.getSecurityMarking());
    }

    @Test
    void theMarkingIsTheHighestOfTheRecordsCounted() {
        NoticeCount official = new NoticeCount("OTHER", NCA, "NCA", "National Crime Agency", 3, 0);
        NoticeCount sensitive = new NoticeCount("OTHER", NCA, "NCA", "National Crime Agency", 3, 1);
        assertEquals(SecurityMarking.OFFICIAL, counted(Map.of("actions_recorded", 1L), Map.of(), official).marking());
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE,
                counted(Map.of("actions_recorded", 1L), Map.of(), sensitive).marking());
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE,
                counted(Map.of("actions_recorded", 2L, "sensitive_records", 1L), Map.of()).marking());
        assertEquals(SecurityMarking.OFFICIAL, FigureValues.highest(Stream.of()));
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE, FigureValues.highest(
                Stream.of(SecurityMarking.OFFICIAL, SecurityMarking.OFFICIAL_SENSITIVE, SecurityMarking.OFFICIAL)));
    }

    @Test
    void theWeekOfActionReadsAsThePressReleaseDid() {
        FigureValues week = counted(Map.of("positive_warrants", 5L, "devices_seized", 29L, "children_safeguarded", 7L,
                "arrests", 1L, "people_arrested_unreferenced", 1L, "persons_charged_unreferenced", 3L,
                "actions_recorded", 9L, "sensitive_records", 9L), Map.of(),
                new NoticeCount("CEASE_AND_DESIST", NWROCU, "NWROCU", "North West Regional Organised Crime Unit", 6, 6));
        Figures figures = ApiFigures.of(week, LISTS);
        assertEquals(5L, figures.getWarrantsExecuted());
        assertEquals(1L, figures.getArrests());
        assertEquals(1L, figures.getPeopleArrested());
        assertEquals(1L, figures.getPersonsArrested());
        assertEquals(3L, figures.getPersonsCharged());
        assertEquals(6L, figures.getNoticesIssued());
        assertEquals("5 positive warrants executed, 29 devices seized, 7 children safeguarded, 1 arrest, "
                + "3 people charged and 6 Cease and Desist notices issued with North West Regional Organised "
                + "Crime Unit.", Headline.of(week, TYPES));
    }

    @Test
    void arrestsAndPeopleArrestedAreEachNamedForWhatTheyCount() {
        // Three arrests: one person arrested twice (by reference) and one arrested at a warrant without one.
        FigureValues values = counted(Map.of("arrests", 3L, "people_arrested_unreferenced", 1L,
                "voluntary_attendance_interviews", 2L), Map.of("people_arrested", 1L));
        Figures figures = ApiFigures.of(values, LISTS);
        assertEquals(3L, figures.getArrests());
        assertEquals(2L, figures.getPeopleArrested());
        assertEquals(2L, figures.getVoluntaryAttendanceInterviews());
        assertEquals("3 arrests of 2 people and 2 voluntary attendance interviews.", Headline.of(values, TYPES));
    }

    @Test
    void warrantsExecutedArePositiveAndNegativeAndAgenciesAreListedByCount() {
        FigureValues values = counted(Map.of("positive_warrants", 2L, "negative_warrants", 3L), Map.of(),
                new NoticeCount("WARNING_LETTER", NCA, "NCA", "National Crime Agency", 1, 0),
                new NoticeCount("CEASE_AND_DESIST", NWROCU, "NWROCU", "North West ROCU", 2, 0),
                new NoticeCount("WARNING_LETTER", NWROCU, "NWROCU", "North West ROCU", 2, 0),
                new NoticeCount("CHILD_ABDUCTION_WARNING_NOTICE", null, null, null, 1, 0));
        Figures figures = ApiFigures.of(values, LISTS);
        assertEquals(5L, figures.getWarrantsExecuted());
        assertEquals(6L, figures.getNoticesIssued());
        assertEquals(3L, figures.getNoticesByType().get(2).getCount());
        assertEquals(1L, figures.getNoticesByType().get(1).getCount());
        assertEquals(List.of("NWROCU", "NCA"), figures.getNoticesByAgency().stream().map(AgencyCount::getCode).toList());
        assertEquals(List.of(4L, 1L), figures.getNoticesByAgency().stream().map(AgencyCount::getCount).toList());
        assertEquals("2 positive warrants executed, 3 negative warrants executed, 2 Cease and Desist notices "
                + "and 3 warning letters issued with North West ROCU and National Crime Agency and 1 Child Abduction "
                + "Warning Notice issued by the police.", Headline.of(values, TYPES));
    }

    @Test
    void listsAreJoinedAsEnglish() {
        assertEquals("", Headline.join(List.of()));
        assertEquals("a", Headline.join(List.of("a")));
        assertEquals("a and b", Headline.join(List.of("a", "b")));
        assertEquals("a, b and c", Headline.join(List.of("a", "b", "c")));
    }
}
