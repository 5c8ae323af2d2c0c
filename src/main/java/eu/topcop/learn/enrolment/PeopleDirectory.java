package eu.topcop.learn.enrolment;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.platform.privacy.PersonDirectory;
import eu.topcop.learn.platform.privacy.PersonRef;

/** The people enrolment keeps, as privacy requests see them: the person record and every identifier on it. */
@ApplicationScoped
public class PeopleDirectory implements PersonDirectory {

    private static final String COLUMNS =
            "SELECT id, subject, username, email, name, country_code, erased_at IS NOT NULL FROM person";

    @Inject
    People people;

    @Inject
    EntityManager em;

    @Override
    public PersonRef signedIn() {
        return byId(people.current().id).orElseThrow();
    }

    @Override
    public Optional<PersonRef> byId(long personId) {
        return one(COLUMNS + " WHERE id = :id", personId);
    }

    @Override
    public Optional<PersonRef> lock(long personId) {
        return one(COLUMNS + " WHERE id = :id FOR UPDATE", personId);
    }

    @Override
    public List<PersonRef> find(String words, int limit) {
        String like = "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return rows(em.createNativeQuery(
                                COLUMNS + " WHERE erased_at IS NULL AND (name LIKE :w ESCAPE '!'"
                                        + " OR username LIKE :w ESCAPE '!' OR email LIKE :w ESCAPE '!') ORDER BY name, id LIMIT :n")
                        .setParameter("w", like)
                        .setParameter("n", limit)
                        .getResultList())
                .toList();
    }

    private Optional<PersonRef> one(String sql, long personId) {
        return rows(em.createNativeQuery(sql).setParameter("id", personId).getResultList())
                .findFirst();
    }

    private static java.util.stream.Stream<PersonRef> rows(List<?> rows) {
        return rows.stream()
                .map(r -> (Object[]) r)
                .map(r -> new PersonRef(
                        ((Number) r[0]).longValue(),
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        r[6] instanceof Boolean b ? b : ((Number) r[6]).intValue() != 0));
    }
}
