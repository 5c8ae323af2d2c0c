package eu.topcop.learn.lrs;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import eu.topcop.learn.enrolment.Person;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which agents are our own people: the learning feature names a person in its statements by the account
 * {@code {homePage: lms.public-url, name: username}} ({@code person-<id>} while they have no username), so an agent
 * with that account is that person.
 */
@ApplicationScoped
public class XapiPeople {

    private static final String BY_ID = "person-";

    @ConfigProperty(name = "lms.public-url")
    String home;

    /** The person this agent is, if it is one of ours. */
    public Optional<Person> of(JsonNode agent) {
        JsonNode account = agent.path("account");
        if (!account.isObject() || !sameHome(account.path("homePage").asText())) {
            return Optional.empty();
        }
        String name = account.path("name").asText();
        if (name.startsWith(BY_ID) && name.substring(BY_ID.length()).matches("\\d{1,18}")) {
            Optional<Person> byId = Person.findByIdOptional(Long.parseLong(name.substring(BY_ID.length())));
            if (byId.isPresent() && byId.get().username == null) {
                return byId;
            }
        }
        return Person.<Person>find("username", name).firstResultOptional();
    }

    /** The account our statements name a person by. */
    String accountName(Person person) {
        return person.username != null ? person.username : BY_ID + person.id;
    }

    String home() {
        return home;
    }

    private boolean sameHome(String homePage) {
        return strip(homePage).equals(strip(home));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
