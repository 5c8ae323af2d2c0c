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
        boolean embedded;
        try {
            embedded = EmbeddedStack.wanted();
        } catch (IllegalStateException misconfigured) {
            System.err.println("TOPCOP Learn does not start: " + misconfigured.getMessage());
            System.exit(2);
            return;
        }
        if (embedded) {
            EmbeddedStack stack = EmbeddedStack.start(EmbeddedStack.Mode.RUN);
            stack.config().forEach(System::setProperty);
            // The embedded default is a demo: it gets demo offerings unless told otherwise.
            if (System.getProperty("lms.demo.offerings") == null && System.getenv("LMS_DEMO_OFFERINGS") == null) {
                System.setProperty("lms.demo.offerings", "true");
            }
            // Certificates are signed with a secret that must outlive restarts: kept beside the local data.
            if (System.getProperty("lms.certificates.secret") == null
                    && System.getenv("LMS_CERTIFICATES_SECRET") == null) {
                System.setProperty("lms.certificates.secret", EmbeddedStack.localSecret("certificate-secret"));
            }
            // Survey links for people without an account are signed the same way, with a secret of their own.
            if (System.getProperty("lms.evaluation.link-secret") == null
                    && System.getenv("LMS_EVALUATION_LINK_SECRET") == null) {
                System.setProperty("lms.evaluation.link-secret", EmbeddedStack.localSecret("survey-link-secret"));
            }
            // Links in certificates, invitations and xAPI activity ids point at this machine.
            if (System.getProperty("lms.public-url") == null && System.getenv("LMS_PUBLIC_URL") == null) {
                String port = System.getProperty(
                        "quarkus.http.port", System.getenv().getOrDefault("QUARKUS_HTTP_PORT", "8080"));
                System.setProperty("lms.public-url", "http://localhost:" + port);
            }
            // No mail server either: e-mails go to the local mailbox (/mailbox for administrators).
            if (System.getProperty("quarkus.mailer.mock") == null && System.getenv("QUARKUS_MAILER_MOCK") == null) {
                System.setProperty("quarkus.mailer.mock", "true");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "embedded-stack-stop"));
        }
        Quarkus.run(args);
    }
}
