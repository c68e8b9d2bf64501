package uk.police.enforcement.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
/**
 * Tests that drive a program of the machine (Chromium, curl, jq): where one is missing the test is
 * skipped and the build output says why; under CI, which installs them (.ci/run sets CI), it fails.
 */
public final class RequiredTools {

    private RequiredTools() {
    }

    /** Skips (or, under CI, fails) the calling test unless every tool is an executable file. */
    public static void require(String test, String installHint, Path... tools) {
        String missing = Arrays.stream(tools).filter(tool -> !Files.isExecutable(tool)).map(Path::toString)
                .collect(Collectors.joining(", "));
        if (missing.isEmpty()) {
            return;
        }
        String why = test + " needs " + missing + ": " + installHint;
        Assertions.assertNull(System.getenv("CI"), why);
        System.err.println("[WARNING] SKIPPED: " + why); // "Skipped: 1" alone does not say why
        Assumptions.abort(why);
    }
}
