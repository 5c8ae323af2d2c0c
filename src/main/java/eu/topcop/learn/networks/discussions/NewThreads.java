package eu.topcop.learn.networks.discussions;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.i18n.Localized;

/** The liveliest threads of the networks a person is an active member of, for their home page. */
@ApplicationScoped
public class NewThreads {

    public record Latest(
            String network, String networkName, long thread, String title, Instant lastActivityAt, int posts) {

        public String link() {
            return "/networks/" + network + "/discussions/" + thread;
        }
    }

    @Inject
    EntityManager em;

    /** Threads with the latest posts first: one statement. */
    public List<Latest> of(Person person, int limit, Language language) {
        if (person.id == null) {
            return List.of();
        }
        return em
                .createQuery(
                        "select n.code, n.name, t.id, t.title, t.lastActivityAt, t.postCount"
                                + " from DiscussionThread t, Network n where n.id = t.networkId and t.networkId in"
                                + " (select m.network.id from NetworkMember m where m.personId = :p"
                                + " and m.status = eu.topcop.learn.networks.NetworkMember.Status.ACTIVE)"
                                + " order by t.lastActivityAt desc, t.id desc",
                        Object[].class)
                .setParameter("p", person.id)
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(r -> new Latest(
                        (String) r[0],
                        Localized.pick(names(r[1]), language).text(),
                        (Long) r[2],
                        (String) r[3],
                        (Instant) r[4],
                        ((Number) r[5]).intValue()))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> names(Object value) {
        return (Map<String, String>) value;
    }
}
