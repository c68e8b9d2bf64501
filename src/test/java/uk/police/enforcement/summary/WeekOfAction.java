package uk.police.enforcement.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.police.enforcement.action.Actions;
import uk.police.enforcement.notice.Notices;
import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.Api;
/**
 * The week of action in ../shared/domain.md, recorded record by record under an operation of its own: 5
 * positive warrants (29 devices, 7 children, 1 arrest), 3 people charged and 6 Cease and Desist notices issued
 * with an agency named "North West Regional Organised Crime Unit"; besides, a notice withdrawn before it was
 * delivered and a draft, which count for nothing.
 *
 * @param notices the six notices issued, in the order they were
 */
public record WeekOfAction(String operation, String agency, List<String> notices) {

    public static WeekOfAction record() {
        String operation = Operations.createId(Operations.body());
        String agency = Notices.createAgency();
        int[] devices = { 8, 6, 5, 6, 4 };
        int[] children = { 2, 1, 0, 3, 1 };
        for (int i = 0; i < 5; i++) {
            Map<String, Object> warrant = Actions.warrant("POSITIVE", devices[i], children[i], i == 0 ? 1 : 0);
            warrant.put("operation_id", operation);
            warrant.put("occurred_at", "2026-03-0" + (3 + i) + "T06:0" + i + ":00Z");
            Actions.create(warrant);
        }
        for (int i = 0; i < 3; i++) {
            Map<String, Object> charge = Actions.charge(1);
            charge.put("operation_id", operation);
            charge.put("occurred_at", "2026-03-06T15:00:00Z");
            Actions.create(charge);
        }
        List<String> issued = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Map<String, Object> notice = Notices.notice(agency);
            notice.put("operation_id", operation);
            String id = Notices.createNotice(notice);
            Api.as("recorder").header("If-Match", "\"0\"")
                    .body(Map.of("to_status", "ISSUED", "occurred_at", "2026-03-07T11:00:00Z"))
                    .post("/api/v2/partner-notices/" + id + "/transitions").then().statusCode(200);
            issued.add(id);
        }
        Map<String, Object> withdrawn = Notices.notice(agency);
        withdrawn.put("operation_id", operation);
        String id = Notices.createNotice(withdrawn);
        Notices.transition(id, "ISSUED");
        Notices.transition(id, "WITHDRAWN");
        Map<String, Object> draft = Notices.notice(agency);
        draft.put("operation_id", operation);
        Notices.createNotice(draft);
        return new WeekOfAction(operation, agency, List.copyOf(issued));
    }
}
