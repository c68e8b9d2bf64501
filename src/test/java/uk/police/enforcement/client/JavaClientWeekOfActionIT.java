package uk.police.enforcement.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import uk.police.enforcement.client.api.EnforcementActionsApi.APIListOperationEnforcementActionsRequest;
import uk.police.enforcement.client.api.EnforcementActionsApi;
import uk.police.enforcement.client.api.OperationsApi;
import uk.police.enforcement.client.api.PartnerAgenciesApi;
import uk.police.enforcement.client.api.PartnerNoticesApi;
import uk.police.enforcement.client.api.SummariesApi;
import uk.police.enforcement.client.model.ActionType;
import uk.police.enforcement.client.model.AgencyType;
import uk.police.enforcement.client.model.ChangeEvent;
import uk.police.enforcement.client.model.EnforcementAction;
import uk.police.enforcement.client.model.EnforcementActionBatchInput;
import uk.police.enforcement.client.model.EnforcementActionInput;
import uk.police.enforcement.client.model.EnforcementActionPage;
import uk.police.enforcement.client.model.Figures;
import uk.police.enforcement.client.model.LegalBasis;
import uk.police.enforcement.client.model.Legislation;
import uk.police.enforcement.client.model.NoticeStatus;
import uk.police.enforcement.client.model.NoticeTransitionInput;
import uk.police.enforcement.client.model.OffenceCategory;
import uk.police.enforcement.client.model.Operation;
import uk.police.enforcement.client.model.OperationInput;
import uk.police.enforcement.client.model.OperationSummary;
import uk.police.enforcement.client.model.OperationType;
import uk.police.enforcement.client.model.PartnerAgency;
import uk.police.enforcement.client.model.PartnerAgencyInput;
import uk.police.enforcement.client.model.PartnerNotice;
import uk.police.enforcement.client.model.PartnerNoticeInput;
import uk.police.enforcement.client.model.Problem;
import uk.police.enforcement.client.model.SafeguardingType;
import uk.police.enforcement.client.model.SecurityMarking;
import uk.police.enforcement.client.model.Section52NoticeDelivery;
import uk.police.enforcement.client.model.SeizeAndSift;
import uk.police.enforcement.client.model.SeizurePower;
import uk.police.enforcement.client.model.SubjectAgeBand;
import uk.police.enforcement.client.model.WarrantResult;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.PackagedService;
import uk.police.enforcement.support.TestTokens;
/**
 * The week of action from the domain, recorded and read back through the Java client generated from
 * the contract (clients/java), against the packaged service on its own PostgreSQL: what another force
 * system gets when it depends on uk.police.enforcement:enforcement-client.
 */
class JavaClientWeekOfActionIT {

    private static IsolatedDeployment deployment;
    private static ApiClient supervisor;
    private static ApiClient reader;

    @BeforeAll
    static void start() {
        deployment = IsolatedDeployment.start("java-client");
        supervisor = client(deployment.instance(0), "supervisor");
        reader = client(deployment.instance(0), "reader");
    }

    @AfterAll
    static void stop() {
        if (deployment != null) {
            deployment.close();
        }
    }

    private static ApiClient client(PackagedService service, String role) {
        String token = TestTokens.forRoles(role);
        ApiClient client = new ApiClient();
        client.updateBaseUri(service.baseUri());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    private static EnforcementActionInput action(UUID operation, ActionType type, String at) {
        return new EnforcementActionInput().operationId(operation).actionType(type)
                .occurredAt(OffsetDateTime.parse(at)).area("NORTH").offenceCategory(OffenceCategory.IIOC_DISTRIBUTION)
                .rmsReference("CU-26-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
    }

    private static EnforcementActionInput warrant(UUID operation, String at, int devices, int children) {
        return action(operation, ActionType.SEARCH_WARRANT, at).legalBasis(LegalBasis.PCA_1978_S4)
                .warrantResult(WarrantResult.POSITIVE).devicesSeized(devices).childrenSafeguarded(children)
                .seizurePower(devices > 0 ? SeizurePower.WARRANT : null)
                .subjectReference("SUBJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());
    }

    /** Response headers come as a case-insensitive map, as java.net.http gives them. */
    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().get("ETag").get(0);
    }

    @Test
    void aWholeWeekOfActionThroughTheGeneratedClient() throws Exception {
        OperationsApi operations = new OperationsApi(supervisor);
        EnforcementActionsApi actions = new EnforcementActionsApi(supervisor);
        PartnerAgenciesApi agencies = new PartnerAgenciesApi(supervisor);
        PartnerNoticesApi notices = new PartnerNoticesApi(supervisor);

        Operation operation = operations.createOperation(new OperationInput()
                .reference("OP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase())
                .name("Week of action against IIOC sharing").operationType(OperationType.WEEK_OF_ACTION)
                .startDate(LocalDate.parse("2026-03-02")).endDate(LocalDate.parse("2026-03-08"))
                .leadUnit("Cyber and Digital Crime Unit"), UUID.randomUUID().toString(), null, null);
        UUID op = operation.getId();
        PartnerAgency rocu = agencies.createPartnerAgency(new PartnerAgencyInput()
                .code("NWROCU-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase())
                .name("North West Regional Organised Crime Unit").agencyType(AgencyType.ROCU), null, null, null);

        // Five positive warrants in one batch (29 devices with the seizure below, 5 of the 7 children).
        List<EnforcementAction> warrants = actions.createEnforcementActionsBatch(new EnforcementActionBatchInput()
                .items(List.of(warrant(op, "2026-03-02T06:00:00Z", 6, 2), warrant(op, "2026-03-02T06:30:00Z", 6, 2),
                        warrant(op, "2026-03-03T06:00:00Z", 6, 1), warrant(op, "2026-03-04T06:00:00Z", 6, 0),
                        warrant(op, "2026-03-05T06:00:00Z", 2, 0))), UUID.randomUUID().toString(), null, null).getItems();
        assertEquals(5, warrants.size());
        List<UUID> recorded = new ArrayList<>(warrants.stream().map(EnforcementAction::getId).toList());
        recorded.add(actions.createEnforcementAction(action(op, ActionType.DEVICE_SEIZURE, "2026-03-05T11:00:00Z")
                .devicesSeized(3).seizurePower(SeizurePower.PACE_1984_S19).seizeAndSift(SeizeAndSift.CJPA_2001_S50).s52NoticeReference("S52/CU-26-001106/1").s52NoticeDelivery(Section52NoticeDelivery.GIVEN_TO_PERSON).exhibitReferences(List.of("JD/1", "JD/2", "JD/3")), null, null, null).getId());
        recorded.add(actions.createEnforcementAction(action(op, ActionType.SAFEGUARDING, "2026-03-05T12:00:00Z")
                .childrenSafeguarded(2).safeguardingType(SafeguardingType.MASH_REFERRAL), null, null, null).getId());
        recorded.add(actions.createEnforcementAction(action(op, ActionType.ARREST, "2026-03-06T07:00:00Z")
                .personsArrested(1), null, null, null).getId());
        recorded.add(actions.createEnforcementAction(action(op, ActionType.CHARGE, "2026-03-07T15:00:00Z")
                .offenceCategory(OffenceCategory.IIOC_MAKING).personsCharged(3)
                .chargeOffence("Making indecent photographs of a child (PCA 1978 s.1(1)(a))"), null, null, null).getId());

        // Six Cease and Desist notices with the regional unit, each issued and delivered.
        for (int i = 0; i < 6; i++) {
            PartnerNotice notice = notices.createPartnerNotice(new PartnerNoticeInput().noticeType("CEASE_AND_DESIST")
                    .partnerAgencyId(rocu.getId()).operationId(op).subjectAgeBand(SubjectAgeBand.UNDER_18)
                    .legislation(Legislation.CMA_1990_S1)
                    .subjectReference("SUBJ-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase()), null, null, null);
            String etag = etag(notices.getPartnerNoticeWithHttpInfo(notice.getId(), null, null, null));
            for (NoticeStatus next : List.of(NoticeStatus.ISSUED, NoticeStatus.DELIVERED)) {
                etag = etag(notices.transitionPartnerNoticeWithHttpInfo(notice.getId(), etag,
                        new NoticeTransitionInput().toStatus(next).reason("Week of action"),
                        UUID.randomUUID().toString(), null, null)); // Idempotency-Key: safe to retry
            }
            assertEquals(NoticeStatus.DELIVERED, notices.getPartnerNotice(notice.getId(), null, null, null).getStatus());
        }

        // Read the actions back three at a time, following next_cursor.
        EnforcementActionsApi readerActions = new EnforcementActionsApi(reader);
        Set<UUID> pagedThrough = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            EnforcementActionPage page = readerActions.listOperationEnforcementActions(
                    APIListOperationEnforcementActionsRequest.newBuilder().operationId(op).limit(3).cursor(cursor).build());
            page.getItems().forEach(item -> pagedThrough.add(item.getId()));
            cursor = page.getNextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(new HashSet<>(recorded), pagedThrough);
        assertEquals(3, pages);
        assertEquals(Integer.valueOf(6), readerActions.getEnforcementAction(warrants.get(0).getId(), null, null, null).getDevicesSeized());

        OperationSummary summary = new SummariesApi(reader).getOperationSummary(op, null, null);
        Figures figures = summary.getFigures();
        assertEquals(5, figures.getPositiveWarrants());
        assertEquals(29, figures.getDevicesSeized());
        assertEquals(7, figures.getChildrenSafeguarded());
        assertEquals(1, figures.getPersonsArrested());
        assertEquals(3, figures.getPersonsCharged());
        assertEquals(6, figures.getNoticesIssued());
        assertTrue(summary.getHeadline().contains("5 positive warrants"), summary.getHeadline());
        assertTrue(summary.getHeadline().contains("29 devices"), summary.getHeadline());
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE, figures.getSecurityMarking());

        // The CSV export is its own call; the SDK saves it to a file.
        File csv = new SummariesApi(reader).exportOperationSummaryCsv(op, null, null);
        List<String> lines = Files.readAllLines(csv.toPath());
        assertTrue(lines.get(0).startsWith("security_marking,operation_id,reference,"), lines.get(0));
        assertTrue(lines.get(1).startsWith("OFFICIAL_SENSITIVE," + op + ","), lines.get(1));
        assertTrue(lines.get(1).contains(summary.getHeadline()), lines.get(1));
    }

    @Test
    void aFeedConsumerResumesFromItsSavedCursor() throws Exception {
        Path cursor = Files.createTempDirectory("feed").resolve("changes.cursor");
        List<ChangeEvent> sofar = new ArrayList<>();
        new ChangeFeedReader(reader, cursor, "Feed consumer test").readOn(sofar::add, 0);
        assertTrue(Files.exists(cursor), "the position is saved");
        assertEquals(0, new ChangeFeedReader(reader, cursor, "Feed consumer test").readOn(sofar::add, 0),
                "nothing new since the saved position");

        PartnerAgency added = new PartnerAgenciesApi(supervisor).createPartnerAgency(new PartnerAgencyInput()
                .code("FEED-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase())
                .name("National Crime Agency").agencyType(AgencyType.NCA), null, null, null);
        // A consumer started afresh (a restart) reads on from the saved position: exactly the new change.
        List<ChangeEvent> next = new ArrayList<>();
        assertEquals(1, new ChangeFeedReader(reader, cursor, "Feed consumer test").readOn(next::add, 5));
        assertEquals("uk.police.enforcement.agency.created", next.get(0).getType());
        assertEquals(added.getId(), next.get(0).getData().getId());
        assertTrue(sofar.stream().noneMatch(e -> e.getId().equals(next.get(0).getId())));
    }

    @Test
    void errorsArriveAsApiExceptionsCarryingTheProblem() throws Exception {
        EnforcementActionsApi actions = new EnforcementActionsApi(supervisor);
        ApiException invalid = assertThrows(ApiException.class, () -> actions.createEnforcementAction(
                action(null, ActionType.DEVICE_SEIZURE, "2026-03-05T11:00:00Z").devicesSeized(-1), null, null, null));
        assertEquals(400, invalid.getCode());
        Problem problem = Problems.of(invalid).orElseThrow();
        assertEquals(400, problem.getStatus());
        assertTrue(problem.getErrors().stream().anyMatch(error -> error.getField().equals("devices_seized")),
                problem.toString());

        ApiException missing = assertThrows(ApiException.class,
                () -> new OperationsApi(reader).getOperation(UUID.randomUUID(), null, null, null));
        assertEquals(404, missing.getCode());
        assertEquals("Not Found", Problems.of(missing).orElseThrow().getTitle());

        ApiException forbidden = assertThrows(ApiException.class, () -> new EnforcementActionsApi(reader)
                .createEnforcementAction(action(null, ActionType.ARREST, "2026-03-06T07:00:00Z").personsArrested(1), null, null, null));
        assertEquals(403, forbidden.getCode());
        assertEquals(403, Problems.of(forbidden).orElseThrow().getStatus());

        EnforcementAction arrest = actions.createEnforcementAction(
                action(null, ActionType.ARREST, "2026-03-06T07:00:00Z").personsArrested(1), null, null, null);
        ApiException stale = assertThrows(ApiException.class, () -> actions.replaceEnforcementAction(arrest.getId(),
                "\"7\"", action(null, ActionType.ARREST, "2026-03-06T07:00:00Z").personsArrested(2), null, null));
        assertEquals(412, stale.getCode());
        assertEquals(412, Problems.of(stale).orElseThrow().getStatus());
    }
}
