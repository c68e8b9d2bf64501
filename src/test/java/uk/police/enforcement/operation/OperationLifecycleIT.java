package uk.police.enforcement.operation;

import io.quarkus.test.junit.QuarkusIntegrationTest;
@QuarkusIntegrationTest
class OperationLifecycleIT extends OperationLifecycleTest {
}
