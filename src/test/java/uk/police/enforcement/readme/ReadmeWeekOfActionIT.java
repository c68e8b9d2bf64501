package uk.police.enforcement.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.police.enforcement.figure.FigureCatalogue;
import uk.police.enforcement.support.IsolatedDeployment;
import uk.police.enforcement.support.RequiredTools;
import uk.police.enforcement.support.TestTokens;
/**
 * The README's "Record a week of action" cannot rot: its bash blocks, taken from README.md as a reader
 * copies them, run in order with curl and jq against the packaged service on a fresh database, and must
 * end with the week's figures and headline. Only what the dev-mode start provides is stood in for: the
 * .data/dev-tokens.env file, written here with this deployment's URL and tokens the service trusts.
 */
class ReadmeWeekOfActionIT {

    private static final String SECTION = "## Record a week of action";
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmesCommandsRecordTheWeekAndEndWithItsFigures() throws Exception {
        String output = run(commandsOf(Files.readString(Path.of("README.md")), SECTION), "readme");
        List<String> lines = output.lines().toList();
        assertTrue(lines.contains("5"), "the batch of five warrants:\n" + output);
        assertEquals(12, lines.stream().filter(line -> line.matches("SUBJ-CD-00[1-6]: (ISSUED|DELIVERED)")).count(),
                "each notice issued and delivered:\n" + output);
        JsonNode summary = new ObjectMapper().readTree(output.substring(output.lastIndexOf("{\n  \"figures\"")));
        JsonNode figures = summary.get("figures");
        assertEquals(5, figures.get("positive_warrants").asInt(), output);
        assertEquals(29, figures.get("devices_seized").asInt(), output);
        assertEquals(7, figures.get("children_safeguarded").asInt(), output);
        // The one arrest stays one arrest, of one person.
        assertEquals(1, figures.get("arrests").asInt(), output);
        assertEquals(1, figures.get("people_arrested").asInt(), output);
        assertEquals(3, figures.get("persons_charged").asInt(), output);
        assertEquals(6, figures.get("notices_issued").asInt(), output);
        assertEquals("5 positive warrants executed, 29 devices seized, 7 children safeguarded, 1 arrest, "
                + "3 people charged and 6 Cease and Desist notices issued with North West Regional Organised "
                + "Crime Unit.", summary.get("headline").asText());
        assertTrue(output.contains("PUBLISHED: 5 positive warrants executed, 29 devices seized, 7 children "
                + "safeguarded, fewer than 5 arrests, fewer than 5 people charged and 6 Cease and Desist notices "
                + "issued with North West Regional Organised Crime Unit."), "the publication, approved:\n" + output);
        assertTrue(output.strip().endsWith(FigureCatalogue.get("children_safeguarded").definition()),
                "the catalogue's definition of children safeguarded, printed last:\n" + output);
        // The partner's six notices and March's six issued, printed just before the summary.
        String beforeSummary = output.substring(0, output.lastIndexOf("{\n  \"figures\"")).strip();
        assertTrue(beforeSummary.endsWith("6\n6"), "the partner's notices and March's figure:\n" + output);
    }

    /**
     * Runs {@code script} with bash (-e and pipefail: a command that fails, e.g. curl --fail-with-body on a 4xx, fails
     * the test) against the packaged service on a fresh database, with the dev-mode start's .data/dev-tokens.env
     * written for it; its output.
     */
    static String run(String script, String deploymentName) throws Exception {
        RequiredTools.require("The README's walk-throughs", "apt-get install curl jq",
                Path.of("/usr/bin/curl"), Path.of("/usr/bin/jq"), Path.of("/bin/bash"));
        try (IsolatedDeployment deployment = IsolatedDeployment.start(deploymentName)) {
            Path folder = Files.createTempDirectory(deploymentName);
            Files.createDirectories(folder.resolve(".data"));
            Files.writeString(folder.resolve(".data/dev-tokens.env"), String.join("\n",
                    "API=" + deployment.instance(0).baseUri() + "/api/v2",
                    "READER=" + TestTokens.forRoles("reader"),
                    "RECORDER=" + TestTokens.forRoles("recorder"),
                    "SUPERVISOR=" + TestTokens.forRoles("supervisor"),
                    "SECOND_SUPERVISOR=" + TestTokens.forRoles("supervisor", "reader"),
                    "AUDITOR=" + TestTokens.forRoles("auditor"),
                    "PARTNER=" + TestTokens.partner("NWROCU"), ""));
            Files.writeString(folder.resolve("walk.sh"), script);
            Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "walk.sh").directory(folder.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(bash.waitFor(120, TimeUnit.SECONDS), "the README's commands did not finish:\n" + output);
            assertEquals(0, bash.exitValue(), "the README's commands failed:\n" + output);
            return output;
        }
    }

    /** The section's bash blocks, in order, exactly as printed. */
    static String commandsOf(String readme, String section) throws IOException {
        return String.join("\n", blocksOf(readme, section)) + "\n";
    }

    /** The section's bash blocks, in order. */
    static List<String> blocksOf(String readme, String section) {
        int start = readme.indexOf(section);
        assertTrue(start >= 0, "README.md has no section '" + section + "'");
        int end = readme.indexOf("\n## ", start + section.length());
        Matcher blocks = BASH_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
        List<String> found = new ArrayList<>();
        while (blocks.find()) {
            found.add(blocks.group(1));
        }
        assertTrue(!found.isEmpty(), "the section has no bash blocks");
        return found;
    }
}
