package uk.police.enforcement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
/**
 * Package dependencies run one way (README "Code layout"): features may use older features and the
 * shared code; the shared code (common) uses no feature; the development-only parts (dev) are used by
 * nothing. Runs without Quarkus, over the compiled service.
 */
class ArchitectureTest {

    private static final String ROOT = "uk.police.enforcement";

    /** What each feature may use besides common and the generated contract types (api). */
    private static final Map<String, Set<String>> FEATURE_USES = Map.ofEntries(
            Map.entry("audit", Set.of()),
            // The figure catalogue: every figure's rule, and the queries and triggers built from them.
            Map.entry("figure", Set.of()),
            Map.entry("operation", Set.of("audit")),
            Map.entry("agency", Set.of("audit")),
            // A referral's clock ends at its first action, which the actions' own statements keep (V31).
            Map.entry("referral", Set.of("audit", "operation", "agency")),
            Map.entry("action", Set.of("audit", "operation", "figure", "referral")),
            // A crime names its referral and actions, and its outcome type 1 is the charge/summons rate's.
            Map.entry("crime", Set.of("audit", "action", "referral", "figure")),
            Map.entry("notice", Set.of("audit", "operation", "agency", "figure")),
            Map.entry("summary", Set.of("audit", "operation", "agency", "action", "notice", "figure")),
            // Publications freeze the figures of a scope (an operation, or a period with an offence code).
            Map.entry("publication", Set.of("audit", "operation", "action", "figure")),
            // The change feed reads the records' changes from the database (V13), not through the features.
            Map.entry("change", Set.of("audit")),
            // Webhooks deliver the change feed.
            Map.entry("webhook", Set.of("audit", "change")),
            // Review and disposal read and erase the records by SQL (V17), as the change feed reads them.
            Map.entry("review", Set.of("audit")),
            // A device is seized at an action; its destruction waits for the holds on that action.
            Map.entry("device", Set.of("audit", "action", "review")),
            // Operability: the gauges a platform team watches, each read with its own feature's definition.
            Map.entry("ops", Set.of("figure", "referral")),
            Map.entry("dev", Set.of()));

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noPackageImportsOneThatImportsItBack() {
        packageCycles().check(SERVICE);
    }

    @Test
    void eachFeatureUsesOnlyTheFeaturesBeforeIt() {
        FEATURE_USES.forEach((feature, allowed) -> {
            String[] forbidden = FEATURE_USES.keySet().stream()
                    .filter(other -> !other.equals(feature) && !allowed.contains(other))
                    .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + feature + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because(feature + " may use only " + allowed + " of the features")
                    .check(SERVICE);
        });
    }

    @Test
    void theSharedCodeUsesNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURE_USES.keySet().stream()
                        .map(feature -> ROOT + "." + feature + "..").toArray(String[]::new))
                .check(SERVICE);
    }

    @Test
    void everyPackageOfTheServiceIsNamedInTheRules() {
        Set<String> known = new HashSet<>(FEATURE_USES.keySet());
        known.addAll(List.of("common", "api"));
        SERVICE.stream().map(c -> c.getPackageName().substring(ROOT.length()))
                .filter(p -> !p.isEmpty())
                .map(p -> p.substring(1).split("\\.")[0])
                .forEach(top -> assertTrue(known.contains(top), "package " + top + " is in no rule of this test"));
    }

    /**
     * The same over the source: an import used only by javadoc, or shadowed by a nested type, leaves no
     * trace in the bytecode that the rules above read, but still ties two packages together.
     */
    @Test
    void noSourceFileImportsAPackageThatImportsItBack() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        Pattern importLine = Pattern.compile("^import (?:static )?(" + Pattern.quote(ROOT) + "(?:\\.[a-z]\\w*)+)\\.[A-Z]",
                Pattern.MULTILINE);
        Path sources = Path.of("src/main/java");
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(sources)) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        assertTrue(javaFiles.size() > 50, "the sources were not found from " + sources.toAbsolutePath());
        for (Path file : javaFiles) {
            String pkg = sources.relativize(file.getParent()).toString().replace(File.separatorChar, '.');
            Matcher matcher = importLine.matcher(Files.readString(file));
            while (matcher.find()) {
                if (!matcher.group(1).equals(pkg)) {
                    imports.computeIfAbsent(pkg, k -> new TreeSet<>()).add(matcher.group(1));
                }
            }
        }
        for (String from : imports.keySet()) {
            for (String to : imports.get(from)) {
                assertFalse(reaches(imports, to, from, new HashSet<>()),
                        from + " imports " + to + ", which imports " + from + " back (through its imports)");
            }
        }
    }

    private static boolean reaches(Map<String, Set<String>> imports, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return imports.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(imports, next, target, seen));
    }

    /** The cycle rule is not vacuous: it finds the deliberate cycle between the two fixture packages. */
    @Test
    void theCycleRuleCatchesACycle() {
        JavaClasses fixture = new ClassFileImporter().importPackages(ROOT + ".archfixture");
        EvaluationResult result = packageCycles().evaluate(fixture);
        assertTrue(result.hasViolation(), "a cycle between archfixture.first and archfixture.second must be found");
        assertFalse(SERVICE.isEmpty());
        assertTrue(Arrays.stream(new String[] { "operation", "action", "summary" })
                .allMatch(p -> SERVICE.containPackage(ROOT + "." + p)));
    }

    private static ArchRule packageCycles() {
        // Every package is its own slice, so a cycle through sub-packages of common counts too.
        return slices().matching(ROOT + ".(**)").should().beFreeOfCycles();
    }
}
