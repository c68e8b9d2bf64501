package uk.police.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.police.enforcement.support.Contract;
/**
 * Clients generated from the last released contract (the highest version in openapi/released/) must keep
 * working: an incompatible change fails the build unless info.version takes a new major version.
 */
class ContractCompatibilityTest {

    /**
     * The contract's own rule ("Responses are open: later minor versions may add properties and enum values";
     * the Java SDK maps an unknown value to UNKNOWN_DEFAULT_OPEN_API): an enum value added to a response is
     * compatible. Everything else openapi-diff calls incompatible stays so.
     */
    private static final OpenApiDiffOptions AS_THE_CONTRACT_PROMISES = OpenApiDiffOptions.builder()
            .configProperty("incompatible.response.enum.increased", "false").build();

    /**
     * Changes that break a strict client of the released contract but that the law requires, each named in
     * CHANGELOG.md with what a client must do, applied to the released contract before the comparison: so
     * exactly these, and nothing else, are let through. 2.5.0: a Child Abduction Warning Notice is issued by the
     * police themselves and has no partner agency, so PartnerNotice.partner_agency_id is no longer always present
     * (issue 26; CHANGELOG "2.5.0"). Keyed by the released version they are compared against.
     */
    private static final Map<String, UnaryOperator<JsonNode>> ACKNOWLEDGED_SINCE_2_4_0 = Map.of(
            "PartnerNotice.partner_agency_id absent for a notice the police issue alone", contract -> {
                ArrayNode required = (ArrayNode) contract.path("components").path("schemas").path("PartnerNotice")
                        .path("required");
                for (int i = required.size() - 1; i >= 0; i--) {
                    if (required.get(i).asText().equals("partner_agency_id")) {
                        required.remove(i);
                    }
                }
                return contract;
            });
    private static final Map<String, Map<String, UnaryOperator<JsonNode>>> ACKNOWLEDGED = Map.of(
            "2.4.0", ACKNOWLEDGED_SINCE_2_4_0);

    @Test
    void currentContractIsCompatibleWithTheReleasedOneOrAnnouncesANewMajorVersion() throws Exception {
        String released = acknowledged(lastReleased());
        String current = Files.readString(Path.of(Contract.SPEC));
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current, null, AS_THE_CONTRACT_PROMISES);
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

    /** The acknowledged changes are named in CHANGELOG.md, and each changes the contract it is applied to. */
    @Test
    void eachAcknowledgedChangeIsInTheChangelogAndChangesTheReleasedContract() throws Exception {
        String changelog = Files.readString(Path.of("CHANGELOG.md"));
        assertTrue(changelog.contains("PartnerNotice.partner_agency_id"), "CHANGELOG.md names the acknowledged change");
        String released = lastReleased();
        for (UnaryOperator<JsonNode> change : ACKNOWLEDGED.getOrDefault(infoVersion(released), Map.of()).values()) {
            assertNotEquals(yaml().readTree(released), change.apply(yaml().readTree(released)));
        }
    }

    private static String acknowledged(String released) throws IOException {
        JsonNode contract = yaml().readTree(released);
        for (UnaryOperator<JsonNode> change : ACKNOWLEDGED.getOrDefault(infoVersion(released), Map.of()).values()) {
            contract = change.apply(contract);
        }
        return yaml().writeValueAsString(contract);
    }

    private static ObjectMapper yaml() {
        return new ObjectMapper(new YAMLFactory());
    }

    /** A released contract is what clients were generated from: a change after it is a new version. */
    @Test
    void aReleasedVersionIsNeverChangedInPlace() throws Exception {
        String released = lastReleased();
        String current = Files.readString(Path.of(Contract.SPEC));
        if (infoVersion(current).equals(infoVersion(released))) {
            assertEquals(released, current, "openapi.yaml differs from the released contract of the same "
                    + "info.version: raise info.version (and add it to CHANGELOG.md) before changing it");
        }
    }

    @Test
    void theCheckDetectsABreakingChange() throws Exception {
        String released = lastReleased();
        String broken = released.replaceFirst("(?m)^  (/api/v\\d+)/audit-events:", "  $1/audit-log:");
        assertNotEquals(released, broken);
        assertTrue(!OpenApiCompare.fromContents(released, broken, null, AS_THE_CONTRACT_PROMISES).isCompatible());
        String narrowed = released.replaceFirst("(?m)^      - OPA_1959_S3\n", "");
        assertNotEquals(released, narrowed);
        assertTrue(!OpenApiCompare.fromContents(released, narrowed, null, AS_THE_CONTRACT_PROMISES).isCompatible(),
                "a value a client may send that is no longer accepted breaks it");
    }

    /** The released contract with the highest info.version (files are named by it, e.g. 1.1.0.yaml). */
    private static String lastReleased() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("openapi/released"))) {
            Path last = files.filter(f -> f.getFileName().toString().matches("\\d+\\.\\d+\\.\\d+\\.yaml"))
                    .max(Comparator.comparing(f -> version(f.getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no released contract in openapi/released"));
            return Files.readString(last);
        }
    }

    /** "1.10.0.yaml" as a number that orders versions correctly. */
    private static long version(String fileName) {
        String[] parts = fileName.split("\\.");
        return Long.parseLong(parts[0]) * 1_000_000L + Long.parseLong(parts[1]) * 1_000L + Long.parseLong(parts[2]);
    }

    private static int major(String contract) throws Exception {
        return Integer.parseInt(infoVersion(contract).split("\\.")[0]);
    }

    private static String infoVersion(String contract) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(contract);
        return root.path("info").path("version").asText();
    }
}
