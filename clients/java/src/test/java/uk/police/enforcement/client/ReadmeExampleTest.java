package uk.police.enforcement.client;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;

/** The README's Java example compiles as printed, imports and all, against this SDK. */
class ReadmeExampleTest {

    private static final String SECTION = "## The Java client";

    @Test
    void theReadmesJavaExampleCompilesAgainstTheSdk() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("readme")));
        int start = readme.indexOf(SECTION);
        assertTrue(start >= 0, "README.md has no section '" + SECTION + "'");
        int end = readme.indexOf("\n## ", start + SECTION.length());
        Matcher block = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL)
                .matcher(readme.substring(start, end < 0 ? readme.length() : end));
        assertTrue(block.find(), "the section has no java block");
        String source = block.group(1);
        Matcher className = Pattern.compile("public class (\\w+)").matcher(source);
        assertTrue(className.find(), "the example is a public class, so that it can be run as printed");

        Path folder = Files.createTempDirectory("readme-example");
        Path file = folder.resolve(className.group(1) + ".java");
        Files.writeString(file, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "the tests run on a JDK");
        StringWriter diagnostics = new StringWriter();
        boolean compiled = javac.getTask(diagnostics, null, null,
                List.of("-classpath", System.getProperty("java.class.path"), "-d", folder.toString(), "-Xlint:all",
                        "-Werror"),
                null, javac.getStandardFileManager(null, null, null).getJavaFileObjects(file.toFile())).call();
        assertTrue(compiled, "the README's Java example does not compile as printed:\n" + diagnostics);
    }
}
