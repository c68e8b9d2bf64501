package uk.police.enforcement.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** The client's Maven version is the contract's info.version, so that users know what they get. */
class ContractVersionTest {

    @Test
    void theClientVersionIsTheContractVersion() throws Exception {
        String contractVersion = new ObjectMapper(new YAMLFactory()).readTree(new File(System.getProperty("contract")))
                .path("info").path("version").asText();
        assertEquals(contractVersion, System.getProperty("client.version"),
                "set <version> in clients/java/pom.xml to the contract's info.version");
    }
}
