package uk.police.enforcement.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.enforcement.client.model.ActionType;
import uk.police.enforcement.client.model.EnforcementAction;
import uk.police.enforcement.client.model.SecurityMarking;
/**
 * A client built today keeps working against a later 2.x service: a response with a property and an
 * enum value this SDK does not know still reads, the value as UNKNOWN_DEFAULT_OPEN_API.
 */
class NewerServiceTest {

    private final ObjectMapper mapper = new ApiClient().getObjectMapper();

    @Test
    void anUnknownEnumValueAndAnUnknownPropertyReadAsUnknownNotAsAnError() throws Exception {
        EnforcementAction action = mapper.readValue("""
                {"id": "0b9f6f4e-9a53-4c57-9a1e-3f0d2f1b7c11", "action_type": "DRONE_INTERCEPTION",
                 "occurred_at": "2026-03-04T06:00:00Z", "area": "NORTH", "offence_category": "IIOC_MAKING",
                 "rms_reference": "CU-26-004417", "security_marking": "OFFICIAL_SENSITIVE",
                 "devices_seized": 2, "a_field_added_in_2_1": {"nested": true}}
                """, EnforcementAction.class);
        assertEquals(ActionType.UNKNOWN_DEFAULT_OPEN_API, action.getActionType());
        assertEquals(SecurityMarking.OFFICIAL_SENSITIVE, action.getSecurityMarking());
        assertEquals(2, action.getDevicesSeized());
        assertEquals("CU-26-004417", action.getRmsReference());
    }
}
