package eu.topcop.learn.platform.mail;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import eu.topcop.learn.platform.security.Roles;
import io.quarkus.mailer.MockMailbox;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The local mailbox of the embedded default, where e-mails go when there is no mail server
 * ({@code quarkus.mailer.mock=true}): administrators read what officers would have received.
 */
@Path("/mailbox")
@Produces(MediaType.TEXT_HTML)
public class MailboxPages {

    public record Sent(String to, String subject, String text) {}

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mailbox(boolean local, String address, int total, List<Sent> mails);
    }

    @Inject
    MockMailbox mailbox;

    /** Set by the embedded default; Quarkus also mocks the mailer in dev and test mode when it is not set. */
    @ConfigProperty(name = "quarkus.mailer.mock")
    java.util.Optional<Boolean> mock;

    /** One address's mail, newest first (the mock mailbox files mail by recipient). */
    @GET
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance mailbox(@jakarta.ws.rs.QueryParam("address") String address) {
        boolean local = mock.orElse(io.quarkus.runtime.LaunchMode.current().isDevOrTest());
        String wanted = address == null ? "" : address.strip().toLowerCase(java.util.Locale.ROOT);
        List<Sent> mails = new ArrayList<>();
        if (local && !wanted.isEmpty()) {
            mailbox.getMailsSentTo(wanted)
                    .forEach(mail -> mails.add(new Sent(wanted, mail.getSubject(), mail.getText())));
            java.util.Collections.reverse(mails);
        }
        return Templates.mailbox(local, wanted, local ? mailbox.getTotalMessagesSent() : 0, mails);
    }
}
