package eu.topcop.learn.networks.subscriptions;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.networks.Network;
import eu.topcop.learn.networks.NetworkFixture;
import eu.topcop.learn.networks.discussions.DiscussionThread;
import eu.topcop.learn.networks.discussions.Discussions;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Members of a fresh network who write and follow, and what they were told (in-app and by e-mail). */
@ApplicationScoped
public class SubscriptionFixture {

    @Inject
    NetworkFixture networks;

    @Inject
    EnrolmentFixture enrolment;

    @Inject
    Discussions discussions;

    @Inject
    Subscriptions subscriptions;

    /** A new active member of the network, an officer of the country (whose language they are written to in). */
    public Person member(Network network, String country) {
        Person person = enrolment.person(country);
        networks.member(network, person);
        return person;
    }

    public DiscussionThread start(Network network, Person author, String title) {
        return discussions.start(
                network.code,
                NetworkFixture.viewer(author),
                new Discussions.NewThread(title, "Opening post of " + title, "en"),
                "en");
    }

    public long reply(Network network, DiscussionThread thread, Person author, String body) {
        return discussions.reply(
                        network.code,
                        thread.id,
                        NetworkFixture.viewer(author),
                        new Discussions.NewPost(body, "en", null),
                        "en")
                .id;
    }

    public void choose(Person person, Delivery delivery) {
        subscriptions.choose(NetworkFixture.viewer(person), delivery.name());
    }

    /** The subjects of the person's in-app notifications about discussions, oldest first. */
    public List<String> notices(Person person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DiscussionThread.getEntityManager()
                        .createNativeQuery("SELECT subject FROM notification WHERE person_id = :p"
                                + " AND kind = 'discussion' ORDER BY id")
                        .setParameter("p", person.id)
                        .getResultList()
                        .stream()
                        .map(String.class::cast)
                        .toList());
    }

    /** The summaries ("subject → address") of the mails queued for the person, oldest first (sent or not). */
    public List<String> mails(Person person) {
        return QuarkusTransaction.requiringNew()
                .call(() -> DiscussionThread.getEntityManager()
                        .createNativeQuery("SELECT summary FROM outbox_message WHERE person_id = :p AND kind = 'mail'"
                                + " ORDER BY id")
                        .setParameter("p", person.id)
                        .getResultList()
                        .stream()
                        .map(String.class::cast)
                        .toList());
    }
}
