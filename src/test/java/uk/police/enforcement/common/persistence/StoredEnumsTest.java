package uk.police.enforcement.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;

import org.junit.jupiter.api.Test;
/**
 * An entity stores an enum by its constant's name (EnumType.STRING, and the plain-JDBC inserts), while the
 * database's checks, the figures and other systems read the column as the contract's value: every constant of
 * an enum an entity stores must be named as its value. One the generator renames (CMA_1990_S3ZA became
 * CMA_1990_S3_ZA) needs an enumNameMappings entry in pom.xml.
 */
class StoredEnumsTest {

    @Test
    void everyStoredEnumConstantIsNamedAsItsContractValue() throws Exception {
        Path classes = Path.of("target/classes");
        List<String> renamed = new ArrayList<>();
        int stored = 0;
        try (Stream<Path> files = Files.walk(classes.resolve("uk/police/enforcement"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (!type.isAnnotationPresent(Entity.class) && !type.isAnnotationPresent(MappedSuperclass.class)) {
                    continue;
                }
                for (Field field : type.getDeclaredFields()) {
                    Enumerated enumerated = field.getAnnotation(Enumerated.class);
                    if (enumerated == null || enumerated.value() != EnumType.STRING) {
                        continue;
                    }
                    stored++;
                    for (Object constant : field.getType().getEnumConstants()) {
                        if (!((Enum<?>) constant).name().equals(constant.toString())) {
                            renamed.add(type.getSimpleName() + "." + field.getName() + ": "
                                    + ((Enum<?>) constant).name() + " for " + constant);
                        }
                    }
                }
            }
        }
        assertTrue(stored > 10, "the entities' enum columns were found");
        assertEquals(List.of(), renamed);
    }
}
