package eu.topcop.learn.platform.devstack;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the embedded MariaDB and Keycloak before Quarkus reads its configuration, when no external ones
 * are configured, so that one command brings the whole LMS up on a machine with only a JDK.
 */
@QuarkusMain
public class TopcopLearnMain {

    public static void main(String... args) {
        if (EmbeddedStack.databaseWanted() || EmbeddedStack.keycloakWanted()) {
            EmbeddedStack stack = EmbeddedStack.start(EmbeddedStack.Mode.RUN);
            stack.config().forEach(System::setProperty);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "embedded-stack-stop"));
        }
        Quarkus.run(args);
    }
}
