package eu.topcop.learn.content;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The published knowledge tests: what the importer publishes from content/evaluation/knowledge-tests/ and what the
 * learning feature draws pre-tests and post-tests from. An unchanged file publishes nothing; a changed one a new
 * version, and the old stays for the papers drawn from it. A curriculum's test is the one whose current version
 * names it (the most recently published, should two ever do).
 */
@ApplicationScoped
public class KnowledgeTestBanks {

    /** A version of a knowledge test with its questions in the file's order. */
    public record Bank(
            long versionId,
            String code,
            int version,
            Map<String, String> title,
            String curriculum,
            int draw,
            Integer timeLimitMinutes,
            List<Question> questions) {

        /** The questions by id, for scoring a paper drawn from this version. */
        public Map<String, BankQuestion> byKey() {
            Map<String, BankQuestion> byKey = new LinkedHashMap<>();
            questions.forEach(q -> byKey.put(q.key(), q));
            return byKey;
        }
    }

    /** A question of a published version. */
    public record Question(String key, String type, Map<String, Object> definition) implements BankQuestion {}

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** The current version of the curriculum's knowledge test, if it has one (two statements). */
    public Optional<Bank> currentFor(String curriculum) {
        return em.createQuery(
                        "select v from KnowledgeTestVersion v join fetch v.test t where t.curriculumCode = :c"
                                + " and v.version = t.currentVersion order by t.updatedAt desc, t.id desc",
                        KnowledgeTestVersion.class)
                .setParameter("c", curriculum)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::bank);
    }

    /** A version by its id, as a paper drawn from it is scored against it (two statements). */
    public Optional<Bank> version(long versionId) {
        return em.createQuery(
                        "select v from KnowledgeTestVersion v join fetch v.test where v.id = :id",
                        KnowledgeTestVersion.class)
                .setParameter("id", versionId)
                .getResultStream()
                .findFirst()
                .map(this::bank);
    }

    /** The curricula that have a knowledge test now (one statement). */
    public Set<String> curricula() {
        return new TreeSet<>(em.createQuery("select distinct t.curriculumCode from StoredKnowledgeTest t", String.class)
                .getResultList());
    }

    private Bank bank(KnowledgeTestVersion v) {
        List<Question> questions = em.createQuery(
                        "select q from KnowledgeTestQuestion q where q.version = :v order by q.position",
                        KnowledgeTestQuestion.class)
                .setParameter("v", v)
                .getResultStream()
                .map(q -> new Question(q.key, q.type, q.definition))
                .toList();
        return new Bank(
                v.id,
                v.test.code,
                v.version,
                v.title,
                v.curriculumCode,
                v.draw,
                v.timeLimitMinutes == null ? null : v.timeLimitMinutes.intValue(),
                questions);
    }

    /** Publishes a checked test read from {@code file}, in one transaction; true when this made a new version. */
    @Transactional
    boolean publish(KnowledgeTestDraft draft, Path file) {
        String hash = ContentHash.of(file);
        StoredKnowledgeTest head = StoredKnowledgeTest.<StoredKnowledgeTest>find("code", draft.code())
                .firstResult();
        if (head != null) {
            KnowledgeTestVersion current = KnowledgeTestVersion.<KnowledgeTestVersion>find(
                            "test = ?1 and version = ?2", head, head.currentVersion)
                    .firstResult();
            if (current != null && current.contentHash.equals(hash)) {
                return false;
            }
        } else {
            head = new StoredKnowledgeTest();
            head.code = draft.code();
        }
        Instant now = Instant.now(clock);
        int number = head.publishNewVersion(draft.curriculum().value(), now);
        head.persist();
        KnowledgeTestVersion version = new KnowledgeTestVersion();
        version.test = head;
        version.version = number;
        version.contentHash = hash;
        version.title = draft.title();
        version.curriculumCode = draft.curriculum().value();
        version.draw = (short) draft.draw();
        version.timeLimitMinutes = draft.timeLimitMinutes() == null
                ? null
                : draft.timeLimitMinutes().shortValue();
        version.publishedAt = now;
        version.persist();
        short position = 1;
        for (ModuleDraft.Question question : draft.questions()) {
            KnowledgeTestQuestion row = new KnowledgeTestQuestion();
            row.version = version;
            row.position = position++;
            row.key = question.key();
            row.type = question.type();
            row.definition = question.definition();
            row.persist();
        }
        return true;
    }
}
