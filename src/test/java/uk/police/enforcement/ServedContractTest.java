package uk.police.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.support.Contract;
@QuarkusTest
class ServedContractTest {

    @Test
    void servedDocumentIsTheContractFile() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode file = yaml.readTree(Files.readString(Path.of(Contract.SPEC)));
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(file, yaml.readTree(served));
        String servedJson = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(file, new ObjectMapper().readTree(servedJson));
    }
}
