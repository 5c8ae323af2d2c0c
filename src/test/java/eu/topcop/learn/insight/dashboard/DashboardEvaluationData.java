package eu.topcop.learn.insight.dashboard;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Evaluation answers for the dashboards, written straight into the evaluation and knowledge test tables for one
 * country and one year, on the course of {@link DashboardData} (organised property crime, its only priority): a
 * reaction survey answered with the given ratings (0 to 10, so a rating of 8 scores 80) in the second quarter, a
 * participants' follow-up answered with the given options of its applied question, and knowledge test pairs.
 */
@ApplicationScoped
public class DashboardEvaluationData {

    /** The options of the applied question of follow-up-participant. */
    public static final String APPLIED_REGULARLY = "yes-regularly";

    public static final String APPLIED_OCCASIONALLY = "yes-occasionally";
    public static final String NOT_YET = "not-yet";
    public static final String NO = "no";

    @Inject
    EntityManager em;

    /** A reaction survey of a new offering of the course, answered once per rating by people of the country. */
    @Transactional
    public void reactions(String country, int year, int... ratings) {
        long survey = survey("reaction-standard", "reaction", year);
        for (int rating : ratings) {
            String response = response(survey, country, year + "-05-02");
            answer(response, survey, "overall-usefulness", null, rating);
        }
    }

    /** A participants' follow-up of a new offering of the course, answered once per option. */
    @Transactional
    public void followUps(String country, int year, String... options) {
        long survey = survey("follow-up-participant", "behaviour", year);
        for (String option : options) {
            String response = response(survey, country, year + "-08-20");
            answer(response, survey, "applied", option, null);
        }
    }

    /**
     * A pre-test and post-test pair for a new person of the country in a new offering of the course per gain
     * ({@code {pre, post}}), plus a pair whose post-test closed late and a pre-test alone, neither of which counts.
     */
    @Transactional
    public void knowledgeTests(String country, int year, int[]... pairs) {
        long offering = offering(year);
        for (int[] pair : pairs) {
            long person = person(country);
            attempt(offering, person, "PRE", year + "-03-02 09:00:00", pair[0], false);
            attempt(offering, person, "POST", year + "-03-06 15:00:00", pair[1], false);
        }
        long late = person(country);
        attempt(offering, late, "PRE", year + "-03-02 09:00:00", 10, false);
        attempt(offering, late, "POST", year + "-03-06 15:00:00", 90, true);
        attempt(offering, person(country), "PRE", year + "-03-02 09:00:00", 10, false);
    }

    private long survey(String instrument, String level, int year) {
        long version = id(
                "SELECT v.id FROM survey_instrument_version v JOIN survey_instrument i ON i.id = v.instrument_id"
                        + " AND v.version = i.current_version WHERE i.code = ?1",
                instrument);
        long offering = offering(year);
        return insert(
                "INSERT INTO survey (trigger_key, instrument_version_id, level, subject_kind, subject_id,"
                        + " subject_title, subject_period, course_id, offering_id, anonymous, created_at)"
                        + " VALUES (?1, ?2, ?3, 'OFFERING', ?4, '{\"en\":\"Dashboard\"}', ?5, ?6, ?4, TRUE, NOW())",
                "dash-eval:" + UUID.randomUUID(),
                version,
                level,
                offering,
                year + "-04-01",
                id("SELECT id FROM course WHERE code = ?1", DashboardData.COURSE));
    }

    private String response(long survey, String country, String on) {
        String id = UUID.randomUUID().toString();
        exec(
                "INSERT INTO survey_response (id, survey_id, invitation_id, country_code, language, submitted_on)"
                        + " VALUES (?1, ?2, NULL, ?3, 'en', ?4)",
                id,
                survey,
                country,
                on);
        return id;
    }

    private void answer(String response, long survey, String question, String option, Integer number) {
        exec(
                "INSERT INTO survey_answer (response_id, survey_id, question_code, option_code, number)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)",
                response,
                survey,
                question,
                option,
                number);
    }

    private long offering(int year) {
        return insert(
                "INSERT INTO offering (code, course_id, status, starts_on, ends_on, online, venue, country_code,"
                        + " capacity, working_language, applications_open_on, applications_close_on, course_manager,"
                        + " course_manager_name, created_at, updated_at) VALUES (?1, ?2, 'SCHEDULED', ?3, ?3, FALSE,"
                        + " 'Police academy', 'BE', 20, 'en', ?4, ?3, 'fixture.manager', 'Fixture Manager', NOW(), NOW())",
                "dash-eval-" + UUID.randomUUID().toString().substring(0, 18),
                id("SELECT id FROM course WHERE code = ?1", DashboardData.COURSE),
                year + "-03-02",
                year + "-01-01");
    }

    private long person(String country) {
        String tag = UUID.randomUUID().toString();
        return insert(
                "INSERT INTO person (email, name, country_code, created_at, updated_at)"
                        + " VALUES (?1, ?2, ?3, NOW(), NOW())",
                "dash-eval-" + tag + "@example.org",
                "Officer " + tag,
                country);
    }

    private void attempt(long offering, long person, String phase, String at, int score, boolean late) {
        long version = ((Number) em.createNativeQuery("SELECT MIN(id) FROM knowledge_test_version")
                        .getSingleResult())
                .longValue();
        exec(
                "INSERT INTO knowledge_test_attempt (offering_id, person_id, phase, version_id, paper, started_at,"
                        + " deadline_at, submitted_at, answers, score, late) VALUES (?1, ?2, ?3, ?4, '[]', ?5, ?5, ?5,"
                        + " '{}', ?6, ?7)",
                offering,
                person,
                phase,
                version,
                at,
                score,
                late);
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
