package eu.topcop.learn.support;

import java.util.Map;

import eu.topcop.learn.platform.devstack.EmbeddedStack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the real MariaDB and the real Keycloak for the whole test suite, once, unless an external database
 * or identity provider is configured (then the suite runs against those).
 */
public class EmbeddedStackResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedStack stack;

    @Override
    public Map<String, String> start() {
        stack = EmbeddedStack.start(EmbeddedStack.Mode.TEST);
        return stack.config();
    }

    @Override
    public void stop() {
        if (stack != null) {
            stack.close();
        }
    }
}
