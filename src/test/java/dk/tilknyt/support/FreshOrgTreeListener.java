package dk.tilknyt.support;

import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

import dk.tilknyt.org.OrgUnitsChanged;

/**
 * Tests write org units straight into the tables (after {@link DatabaseCleaner}), past the import that
 * would announce them; so before every test the cached org tree of a shared context is dropped, as the
 * import's {@link OrgUnitsChanged} would do. Registered for all tests in META-INF/spring.factories.
 */
public class FreshOrgTreeListener implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().publishEvent(new OrgUnitsChanged());
        }
    }

    @Override
    public int getOrder() {
        return 10_000;
    }
}
