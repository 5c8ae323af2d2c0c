package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import eu.topcop.learn.enrolment.EnrolmentFixture;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.results.ResultViews.ResultRequest;
import eu.topcop.learn.insight.results.ResultsViewer.Scope;
import eu.topcop.learn.insight.results.ResultsViewer.Viewer;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Officers, their course completions and their results, made fresh for each test through the services. */
@ApplicationScoped
public class ResultFixture {

    @Inject
    EnrolmentFixture people;

    @Inject
    ResultService results;

    @Inject
    EntityManager em;

    public List<Person> officers(int count, String country) {
        return people.people(count, country);
    }

    /** A course manager who sees every country (a fixture person of Hungary). */
    public Viewer manager() {
        return new Viewer(people.person("HU").id, Scope.EVERY_COUNTRY, null);
    }

    public static Viewer coordinator(Person person) {
        return new Viewer(person.id, Scope.COUNTRY, person.country);
    }

    public static Viewer officer(Person person) {
        return new Viewer(person.id, Scope.OWN, person.country);
    }

    /** The person completed the course (by code) on that day. */
    public void completed(Person person, String course, LocalDate day) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("INSERT INTO course_completion"
                                + " (person_id, course_id, started_on, completed_on, recorded_at)"
                                + " SELECT ?1, id, ?2, ?2, NOW(3) FROM course WHERE code = ?3")
                        .setParameter(1, person.id)
                        .setParameter(2, day)
                        .setParameter(3, course)
                        .executeUpdate());
    }

    public long record(Viewer by, ResultKind kind, LocalDate day, String priority, List<Person> officers) {
        return record(by, kind, day, priority, officers, null, null, false);
    }

    public long record(
            Viewer by,
            ResultKind kind,
            LocalDate day,
            String priority,
            List<Person> officers,
            Integer count,
            BigDecimal amount,
            boolean restricted) {
        return results.record(request(kind, day, priority, officers, count, amount, restricted), by)
                .result()
                .id();
    }

    public static ResultRequest request(
            ResultKind kind,
            LocalDate day,
            String priority,
            List<Person> officers,
            Integer count,
            BigDecimal amount,
            boolean restricted) {
        String country = officers.isEmpty() ? null : officers.get(0).country;
        return new ResultRequest(
                kind,
                day,
                kind + " on " + day,
                "REF-" + day,
                priority,
                kind.needsAction() ? "empact-2026-drug-trafficking" : null,
                kind.needsAction() ? "OA 2.3" : null,
                country,
                officers.stream().map(p -> p.id).toList(),
                count,
                amount,
                restricted);
    }
}
