package uk.police.enforcement.support;

import java.util.Set;

import io.quarkus.test.junit.QuarkusTestProfile;
/** The test profile whose clock a test sets ({@link TestClock}); test classes that share it share one start. */
public class WithTestClock implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestClock.class);
    }
}
