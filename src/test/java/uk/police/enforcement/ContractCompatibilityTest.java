package uk.police.enforcement;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.police.enforcement.support.Contract;
/**
 * Clients generated from the last released contract (openapi/released/openapi.yaml) must keep working:
 * an incompatible change fails the build unless info.version takes a new major version.
 */
class ContractCompatibilityTest {

    @Test
    void currentContractIsCompatibleWithTheReleasedOneOrAnnouncesANewMajorVersion() throws Exception {
        String released = Files.readString(Path.of("openapi/released/openapi.yaml"));
        String current = Files.readString(Path.of(Contract.SPEC));
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        int releasedMajor = major(released);
        int currentMajor = major(current);
        assertTrue(currentMajor >= releasedMajor, "info.version went backwards");
        if (currentMajor == releasedMajor) {
            assertTrue(diff.isCompatible(), "The contract breaks clients of " + releasedMajor + ".x: "
                    + "undo the change or raise info.version to " + (releasedMajor + 1) + ".0.0. Changed operations: "
                    + diff.getChangedOperations().stream().filter(o -> o.isIncompatible())
                            .map(o -> o.getHttpMethod() + " " + o.getPathUrl()).toList()
                    + ", missing endpoints: " + diff.getMissingEndpoints().stream()
                            .map(e -> e.getMethod() + " " + e.getPathUrl()).toList());
        }
    }

    @Test
    void theCheckDetectsABreakingChange() throws Exception {
        String released = Files.readString(Path.of("openapi/released/openapi.yaml"));
        String broken = released.replace("  /api/v1/audit-events:", "  /api/v1/audit-log:");
        assertTrue(!OpenApiCompare.fromContents(released, broken).isCompatible());
    }

    private static int major(String contract) throws Exception {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(contract);
        return Integer.parseInt(root.path("info").path("version").asText().split("\\.")[0]);
    }
}
