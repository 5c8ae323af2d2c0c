package eu.topcop.learn.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published survey instruments: what the importer publishes from content/evaluation/surveys/ and what
 * evaluation sends. An unchanged file publishes nothing; a changed one a new version, and the old stays for the
 * surveys that used it.
 */
@ApplicationScoped
public class SurveyInstruments {

    /** An instrument's version as evaluation refers to it. */
    public record Published(long versionId, SurveyInstrument instrument) {}

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The current version of an instrument, if it was ever published. */
    public Optional<Published> current(String code) {
        return em.createQuery(
                        "select v from StoredInstrumentVersion v join fetch v.instrument i"
                                + " where i.code = :code and v.version = i.currentVersion",
                        StoredInstrumentVersion.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .map(this::published);
    }

    /** A version by its id, as a survey that was sent with it reads it. */
    public Optional<Published> version(long versionId) {
        return Optional.ofNullable(em.find(StoredInstrumentVersion.class, versionId))
                .map(this::published);
    }

    private Published published(StoredInstrumentVersion v) {
        try {
            SurveyInstrument read = json.readValue(v.definition, SurveyInstrument.class);
            return new Published(
                    v.id,
                    new SurveyInstrument(
                            v.instrument.code,
                            v.version,
                            read.level(),
                            read.respondent(),
                            read.anonymous(),
                            read.title(),
                            read.introduction(),
                            read.sections()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored survey instrument " + v.id + " cannot be read", e);
        }
    }

    /** Publishes a checked instrument read from {@code file}; true when this made a new version. */
    @Transactional
    boolean publish(SurveyInstrument instrument, Path file) {
        String hash = ContentHash.of(file);
        StoredInstrument head = StoredInstrument.<StoredInstrument>find("code", instrument.code())
                .firstResult();
        if (head != null) {
            StoredInstrumentVersion current = StoredInstrumentVersion.<StoredInstrumentVersion>find(
                            "instrument = ?1 and version = ?2", head, head.currentVersion)
                    .firstResult();
            if (current != null && current.contentHash.equals(hash)) {
                return false;
            }
        } else {
            head = new StoredInstrument();
            head.code = instrument.code();
        }
        Instant now = Instant.now(clock);
        head.currentVersion++;
        head.updatedAt = now;
        head.persist();
        StoredInstrumentVersion version = new StoredInstrumentVersion();
        version.instrument = head;
        version.version = head.currentVersion;
        version.contentHash = hash;
        try {
            version.definition = json.writeValueAsString(instrument);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A survey instrument that cannot be written as JSON", e);
        }
        version.publishedAt = now;
        version.persist();
        em.flush();
        measures(version.id, instrument);
        return true;
    }

    /**
     * The version's measured question as rows of {@code survey_instrument_measure}: the reaction question with the
     * answers that score 0 and 100, or the applied question with each option and whether it counts as applied.
     */
    private void measures(long versionId, SurveyInstrument instrument) {
        for (SurveyInstrument.Question q : instrument.questions()) {
            if (SurveyInstrument.MEASURE_REACTION.equals(q.measure())) {
                em.createNativeQuery("INSERT INTO survey_instrument_measure (instrument_version_id, question_code,"
                                + " option_code, measure, lowest, highest) VALUES (?1, ?2, '', 'reaction', ?3, ?4)")
                        .setParameter(1, versionId)
                        .setParameter(2, q.code())
                        .setParameter(3, q.type().equals("rating") ? 0 : 1)
                        .setParameter(4, q.maximum())
                        .executeUpdate();
            } else if (SurveyInstrument.MEASURE_APPLIED.equals(q.measure())) {
                for (SurveyInstrument.Option o : q.options()) {
                    em.createNativeQuery(
                                    "INSERT INTO survey_instrument_measure (instrument_version_id,"
                                            + " question_code, option_code, measure, applied) VALUES (?1, ?2, ?3, 'applied', ?4)")
                            .setParameter(1, versionId)
                            .setParameter(2, q.code())
                            .setParameter(3, o.code())
                            .setParameter(4, Boolean.TRUE.equals(o.applied()))
                            .executeUpdate();
                }
            }
        }
    }
}
