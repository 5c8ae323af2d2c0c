package eu.topcop.learn.insight.dashboard;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * A small, hand-checked data set for the dashboards, written straight into the other features' tables for one
 * country and one year (organised property crime, whose curriculum has that one priority):
 *
 * <ul>
 *   <li>need: a validated gap of 10 + 5 officers; a discarded one of 100 and a proposed one of 7 do not count;
 *   <li>Q1: two applications, both approved; two pre/post-test pairs, +30 and +10 points;
 *   <li>Q2: one application rejected; the offering both approved officers attend starts; two completions; one
 *       certificate (a second one revoked); one trainer certified;
 *   <li>Q3: a validated multiplication course reaching two officers (one user, one recorded by name; a third
 *       did not attend); one exchange placement (another application declined);
 *   <li>Q4: one network event participant (another registered but did not attend).
 * </ul>
 */
@ApplicationScoped
public class DashboardData {

    public static final String PRIORITY = "organised-property-crime";
    static final String COURSE = "property-regional-training";
    static final String MODULE = "property-ilp";

    @Inject
    EntityManager em;

    @Transactional
    public void seed(String country, int year) {
        String tag = country + year + "-" + System.nanoTime();
        long priority = id("SELECT id FROM crime_priority WHERE code = ?1", PRIORITY);
        long course = id("SELECT id FROM course WHERE code = ?1", COURSE);

        long round = insert(
                "INSERT INTO otna_round (code, year, title, status, proficiency_scale, urgency_scale,"
                        + " target_groups, created_at, updated_at) VALUES (?1, ?2, '{\"en\":\"Dashboard\"}', 'VALIDATED',"
                        + " '[]', '[]', '[]', NOW(), NOW())",
                "dash-" + tag,
                year);
        long capability = insert(
                "INSERT INTO capability (round_id, code, crime_priority_id, position, title,"
                        + " description, target_groups) VALUES (?1, 'D-1', ?2, 0, '{\"en\":\"D\"}', '{}', '[]')",
                round,
                priority);
        gap(round, country, capability, "investigators", "{\"basic\": 10, \"advanced\": 5}", "VALIDATED");
        gap(round, country, capability, "analysts", "{\"basic\": 100}", "DISCARDED");
        gap(round, country, capability, "prosecutors", "{\"basic\": 7}", "PROPOSED");

        long p1 = person(country, tag + "-1");
        long p2 = person(country, tag + "-2");
        long p3 = person(country, tag + "-3");

        String q = year + "-";
        long offering = insert(
                "INSERT INTO offering (code, course_id, status, starts_on, ends_on, online, capacity,"
                        + " working_language, applications_open_on, applications_close_on, course_manager,"
                        + " course_manager_name, created_at, updated_at) VALUES (?1, ?2, 'SCHEDULED', ?3, ?3, TRUE, 20,"
                        + " 'en', ?4, ?3, 'fixture.manager', 'Fixture Manager', NOW(), NOW())",
                "dash-" + tag,
                course,
                q + "05-10",
                q + "01-01");
        application(offering, p1, country, "APPROVED", q + "02-01 10:00:00");
        application(offering, p2, country, "APPROVED", q + "02-15 10:00:00");
        application(offering, p3, country, "REJECTED", q + "04-01 10:00:00");

        for (long p : new long[] {p1, p2}) {
            exec(
                    "INSERT INTO course_completion (person_id, course_id, offering_id, started_on, completed_on,"
                            + " recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, NOW())",
                    p,
                    course,
                    offering,
                    q + "05-10",
                    q + "05-20");
        }
        certificate(p1, q + "05-21 09:00:00", false);
        certificate(p2, q + "05-21 09:00:00", true);

        pair(p1, 40, 70, q + "03-01 09:00:00");
        pair(p2, 50, 60, q + "03-01 09:00:00");

        exec(
                "INSERT INTO trainer_certification (person_id, crime_priority_id, offering_id, certified_on, expires_on)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)",
                p1,
                priority,
                offering,
                q + "06-01",
                (year + 3) + "-06-01");

        long multiplication = insert(
                "INSERT INTO multiplication_course (code, trainer_id, course_id, country_code,"
                        + " starts_on, ends_on, place, language, expected_participants, material, status, created_at,"
                        + " updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5, 'Academy', 'en', 10, 'Material', 'VALIDATED', NOW(),"
                        + " NOW())",
                "dash-" + tag,
                p1,
                course,
                country,
                q + "08-01");
        participant(multiplication, p2, "Second", true);
        participant(multiplication, null, "Recorded by name", true);
        participant(multiplication, p3, "Third", false);

        long offer = insert(
                "INSERT INTO exchange_offer (code, kind, host_country, host_agency, topic,"
                        + " crime_priority_id, places, starts_on, ends_on, language, description, status, published_by,"
                        + " created_at) VALUES (?1, 'LONG_TERM', 'DE', 'BKA', 'Property crime', ?2, 2, ?3, ?3, 'en', 'D',"
                        + " 'OPEN', 'fixture.manager', NOW())",
                "dash-" + tag,
                priority,
                q + "09-01");
        exchange(offer, p3, country, "MATCHED");
        exchange(offer, p2, country, "DECLINED");

        long event = insert(
                "INSERT INTO network_event (code, kind, title, crime_priority_id, starts_at, ends_at,"
                        + " language, capacity, agenda, organiser, status, created_at) VALUES (?1, 'WEBINAR', 'Webinar', ?2,"
                        + " ?3, ?4, 'en', 100, 'Agenda', 'fixture.manager', 'SCHEDULED', NOW())",
                "dash-" + tag,
                priority,
                q + "10-05 10:00:00",
                q + "10-05 12:00:00");
        exec(
                "INSERT INTO network_event_registration (event_id, person_id, registered_at, attended)"
                        + " VALUES (?1, ?2, NOW(), TRUE)",
                event,
                p1);
        exec(
                "INSERT INTO network_event_registration (event_id, person_id, registered_at, attended)"
                        + " VALUES (?1, ?2, NOW(), FALSE)",
                event,
                p2);
    }

    private void gap(long round, String country, long capability, String group, String officers, String status) {
        exec(
                "INSERT INTO capability_gap (round_id, country_code, capability_id, target_group, officers, urgency,"
                        + " relevance, respondents, agencies, status, origin, consolidated_at, updated_at) VALUES (?1, ?2, ?3,"
                        + " ?4, ?5, 'high', 4.0, 1, 1, ?6, 'ROUND', NOW(), NOW())",
                round,
                country,
                capability,
                group,
                officers,
                status);
    }

    private long person(String country, String tag) {
        return insert(
                "INSERT INTO person (email, name, country_code, created_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, NOW(), NOW())",
                "dash-" + tag + "@example.org",
                "Officer " + tag,
                country);
    }

    private void application(long offering, long person, String country, String status, String at) {
        exec(
                "INSERT INTO application (offering_id, person_id, country_code, kind, status, submitted_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, 'APPLICATION', ?4, ?5, ?5)",
                offering,
                person,
                country,
                status,
                at);
    }

    private void certificate(long person, String at, boolean revoked) {
        exec(
                "INSERT INTO certificate (code, person_id, kind, holder, course_code, course_title, crime_priorities,"
                        + " hours, started_on, completed_on, issued_at, signature, revoked_at, revoked_by, revocation_reason)"
                        + " VALUES (?1, ?2, 'COURSE', 'Holder', ?3, '{\"en\":\"C\"}', ?4, 20, ?5, ?5, ?5, ?6, ?7, ?8, ?9)",
                UUID.randomUUID().toString().substring(0, 20),
                person,
                COURSE,
                PRIORITY,
                at,
                "0".repeat(64),
                revoked ? at : null,
                revoked ? "fixture.manager" : null,
                revoked ? "Test" : null);
    }

    private void pair(long person, int pre, int post, String at) {
        int version = ((Number) em.createNativeQuery("SELECT current_version FROM content_module WHERE code = ?1")
                        .setParameter(1, MODULE)
                        .getSingleResult())
                .intValue();
        long progress = insert(
                "INSERT INTO module_progress (registration, person_id, module_code, version, lessons,"
                        + " current_lesson, started_at, updated_at) VALUES (?1, ?2, ?3, ?4, 3, 3, ?5, ?5)",
                UUID.randomUUID().toString(),
                person,
                MODULE,
                version,
                at);
        exec(
                "INSERT INTO quiz_attempt (progress_id, number, paper, started_at, submitted_at, score, passed, late)"
                        + " VALUES (?1, 0, '[]', ?2, ?2, ?3, NULL, FALSE)",
                progress,
                at,
                pre);
        exec(
                "INSERT INTO quiz_attempt (progress_id, number, paper, started_at, submitted_at, score, passed, late)"
                        + " VALUES (?1, 1, '[]', ?2, ?2, ?3, TRUE, FALSE)",
                progress,
                at,
                post);
    }

    private void participant(long course, Long person, String name, boolean attended) {
        exec(
                "INSERT INTO multiplication_participant (course_id, person_id, name, agency, attended, created_at)"
                        + " VALUES (?1, ?2, ?3, 'Police', ?4, NOW())",
                course,
                person,
                name,
                attended);
    }

    private void exchange(long offer, long person, String country, String status) {
        exec(
                "INSERT INTO exchange_application (offer_id, person_id, guest_country, guest_agency, languages,"
                        + " motivation, status, submitted_at, updated_at) VALUES (?1, ?2, ?3, 'Police', 'en', 'M', ?4, NOW(),"
                        + " NOW())",
                offer,
                person,
                country,
                status);
    }

    private long id(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private long insert(String sql, Object... parameters) {
        exec(sql, parameters);
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private void exec(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
