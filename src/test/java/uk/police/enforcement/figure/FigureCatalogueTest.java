package uk.police.enforcement.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import uk.police.enforcement.support.Contract;
/**
 * The catalogue is the only place a figure's rule is written, and the contract quotes it: runs over the
 * sources and the contract, without Quarkus.
 */
class FigureCatalogueTest {

    private static final Path JAVA = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path CATALOGUE = JAVA.resolve("uk/police/enforcement/figure/FigureCatalogue.java");
    private static final Path CALENDAR = MIGRATIONS.resolve("R__01_calendar.sql");

    /**
     * The rules as they would be written elsewhere: each comparison of a catalogue expression ("warrant_result =
     * 'POSITIVE'"), the notice's counting column in a condition, and the period rule (a day in Europe/London).
     */
    private static List<Pattern> fingerprints() {
        Set<String> rules = new LinkedHashSet<>();
        Pattern comparison = Pattern.compile("(\\w+)\\s*=\\s*'(\\w+)'");
        for (Figure figure : FigureCatalogue.ALL) {
            Matcher m = comparison.matcher(expressionOf(figure));
            while (m.find()) {
                rules.add(m.group(1) + "\\s*=\\s*'" + m.group(2) + "'");
            }
        }
        // Action-type names alone are not rules; a comparison with a result or marking is.
        rules.removeIf(rule -> rule.startsWith("action_type"));
        List<Pattern> patterns = new ArrayList<>(rules.stream().map(Pattern::compile).toList());
        patterns.add(Pattern.compile("(?i)(where|and|or|filter \\(where)\\s+(\\w+\\.)?counts_as_issued"));
        patterns.add(Pattern.compile("(?i)at time zone"));
        return patterns;
    }

    private static String expressionOf(Figure figure) {
        Measure m = figure.measure();
        if (m instanceof Measure.ActionSum sum) {
            return sum.perAction();
        }
        if (m instanceof Measure.HighestMarking marking) {
            return marking.sensitiveWhen();
        }
        return "";
    }

    @Test
    void noRuleOfAFigureIsWrittenOutsideTheCatalogue() throws IOException {
        List<Pattern> fingerprints = fingerprints();
        assertTrue(fingerprints.size() >= 4, "the positive-warrant rule and its kin were not found: " + fingerprints);
        List<Path> files = new ArrayList<>();
        try (Stream<Path> java = Files.walk(JAVA); Stream<Path> sql = Files.list(MIGRATIONS)) {
            java.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
            // Numbered migrations already applied are history; no new one may restate a rule (V29 on).
            sql.filter(f -> f.getFileName().toString().startsWith("R__")
                    || migrationNumber(f) >= 29).forEach(files::add);
        }
        assertTrue(files.size() > 50);
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            if (file.equals(CATALOGUE) || file.equals(CALENDAR)) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*") || line.startsWith("--")) {
                    continue; // comments may explain a rule; code may not restate it
                }
                for (Pattern fingerprint : fingerprints) {
                    if (fingerprint.matcher(line).find()) {
                        found.add(file + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), found, "a figure's rule is written outside FigureCatalogue");
    }

    /** The scan is not vacuous: it finds the rule where it used to be written. */
    @Test
    void theScanFindsTheRuleInTheOldSummaryQuery() {
        String old = "+ \" count(*) filter (where action_type = 'SEARCH_WARRANT' and warrant_result = 'POSITIVE'),\"";
        assertTrue(fingerprints().stream().anyMatch(p -> p.matcher(old).find()));
        assertTrue(fingerprints().stream().anyMatch(p -> p.matcher("select (occurred_at at time zone 'Europe/London')")
                .find()));
        assertTrue(fingerprints().stream().anyMatch(p -> p.matcher("where n.counts_as_issued").find()));
    }

    @Test
    void namesAreUniqueAndEveryEntryIsComplete() {
        Set<String> names = new HashSet<>();
        for (Figure figure : FigureCatalogue.ALL) {
            assertTrue(names.add(figure.name()), "twice: " + figure.name());
            assertTrue(figure.name().matches("[a-z][a-z_]*"), figure.name());
            assertTrue(figure.definition().length() > 40, figure.name() + " has no definition a press officer can quote");
            assertFalse(figure.unit().isBlank(), figure.name());
            assertTrue(figure.since().matches("\\d+\\.\\d+\\.\\d+"), figure.name());
            if (figure.measure() instanceof Measure.Total total) {
                total.of().forEach(part -> assertTrue(FigureCatalogue.named(part).isPresent(), part));
            }
            if (figure.replacedBy() != null) {
                assertTrue(FigureCatalogue.named(figure.replacedBy()).isPresent(), figure.replacedBy());
            }
        }
    }

    /** The contract's Figures has one property per figure, described by the figure's definition word for word. */
    @Test
    void theContractQuotesEveryDefinition() throws IOException {
        JsonNode figures = new ObjectMapper(new YAMLFactory()).readTree(Path.of(Contract.SPEC).toFile())
                .path("components").path("schemas").path("Figures");
        Set<String> properties = new LinkedHashSet<>();
        figures.path("properties").fieldNames().forEachRemaining(properties::add);
        assertEquals(FigureCatalogue.ALL.stream().map(Figure::name).toList(), List.copyOf(properties),
                "the contract's Figures and the catalogue list the same figures, in the same order");
        for (Figure figure : FigureCatalogue.ALL) {
            JsonNode property = figures.path("properties").path(figure.name());
            String described = property.has("$ref") ? figures.path("description").asText()
                    : property.path("description").asText();
            assertTrue(squash(described).contains(squash(figure.definition())),
                    figure.name() + ": the contract does not quote the catalogue's definition");
            assertEquals(figure.replacedBy() != null, property.path("deprecated").asBoolean(), figure.name());
        }
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static int migrationNumber(Path file) {
        Matcher m = Pattern.compile("^V(\\d+)__").matcher(file.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }
}
