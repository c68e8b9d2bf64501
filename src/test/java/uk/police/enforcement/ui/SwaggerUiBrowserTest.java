package uk.police.enforcement.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import uk.police.enforcement.operation.Operations;
import uk.police.enforcement.support.RequiredTools;
import uk.police.enforcement.support.TestTokens;
/**
 * An analyst's first use of Swagger UI, in Debian's headless Chromium: authorise with a bearer token,
 * "Try it out" on listing operations, see a 200 with the JSON body. Leaves target/swagger-ui.png.
 * Skipped where Chromium is not installed (.ci/run installs it).
 */
@QuarkusTest
class SwaggerUiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    @Test
    void analystAuthorisesAndListsOperations() throws Exception {
        RequiredTools.require("the Swagger UI browser test", "apt-get install chromium chromium-driver",
                CHROMIUM, CHROMEDRIVER);
        Operations.createId(Operations.body()); // something to list

        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic",
                        "--window-size=1400,1800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get(swaggerUi.toString());

            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.btn.authorize"))).click();
            WebElement tokenField = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".auth-container input[type='text'], .auth-container input[type='password']")));
            tokenField.sendKeys(TestTokens.forRoles("reader"));
            browser.findElement(By.cssSelector(".auth-btn-wrapper button.authorize")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".auth-btn-wrapper button.btn-done")))
                    .click();

            WebElement operation = wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.id("operations-Operations-listOperations")));
            operation.findElement(By.cssSelector(".opblock-summary")).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#operations-Operations-listOperations .try-out__btn"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#operations-Operations-listOperations button.execute"))).click();

            WebElement status = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#operations-Operations-listOperations .live-responses-table tr.response .response-col_status")));
            String body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                    "#operations-Operations-listOperations .live-responses-table .response-col_description pre")))
                    .getText();
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", status);
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("target", "swagger-ui.png"), StandardCopyOption.REPLACE_EXISTING);

            assertEquals("200", status.getText().trim().substring(0, 3));
            assertTrue(body.contains("\"items\""), body);
            assertTrue(body.contains("\"reference\""), body);
        } finally {
            browser.quit();
        }
    }
}
