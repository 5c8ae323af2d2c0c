package eu.topcop.learn.insight;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.topcop.learn.platform.web.DomainException;

/**
 * Questionnaire files into a round's answers: all or nothing per file, an agency's answers replaced by its next
 * file, the same answers again changing nothing, every refused file kept with its problems.
 */
@ApplicationScoped
public class QuestionnaireImports {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final TypeReference<Map<String, Integer>> OFFICERS = new TypeReference<>() {};

    /** Rows per INSERT statement: few statements for a big file, well under MariaDB's packet size. */
    private static final int CHUNK = 500;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    OtnaService otna;

    /**
     * Imports one questionnaire file. Refused files are recorded with their problems and change nothing else;
     * a good file replaces every answer of the agencies it contains, in one transaction, under the round's lock.
     */
    @Transactional
    public OtnaViews.ImportReport importFile(String code, String fileName, byte[] bytes, Long by) {
        OtnaRound round = otna.round(code, true);
        round.checkAcceptsAnswers();
        OtnaImport record = new OtnaImport();
        record.round = round;
        record.fileName = fileName;
        record.sha256 = sha256(bytes);
        record.importedBy = by;
        record.createdAt = Instant.now(clock);
        List<AnswerSheet.Parsed> answers;
        try {
            QuestionnaireFile file = QuestionnaireFile.read(fileName, bytes);
            AnswerSheet.Result result = AnswerSheet.check(file, round, Capability.of(round));
            record.dataRows = file.lines().size();
            record.problems = result.problems();
            answers = result.answers();
        } catch (QuestionnaireFile.Unreadable unreadable) {
            record.problems = List.of(unreadable.getMessage());
            answers = List.of();
        }
        if (!record.problems.isEmpty()) {
            record.status = OtnaImport.Status.REFUSED;
            record.persist();
            return OtnaViews.report(record);
        }
        Set<OtnaImport.Agency> agencies = new LinkedHashSet<>();
        answers.forEach(a -> agencies.add(new OtnaImport.Agency(a.country(), a.agency())));
        record.agencies = List.copyOf(agencies);
        if (canonical(answers).equals(current(round, agencies))) {
            record.status = OtnaImport.Status.UNCHANGED;
            record.persist();
            return OtnaViews.report(record);
        }
        record.status = OtnaImport.Status.IMPORTED;
        record.persist();
        for (OtnaImport.Agency agency : agencies) {
            em.createNativeQuery("DELETE FROM otna_answer WHERE round_id = ?1 AND country_code = ?2 AND agency = ?3")
                    .setParameter(1, round.id)
                    .setParameter(2, agency.country())
                    .setParameter(3, agency.agency())
                    .executeUpdate();
        }
        insert(round, record, answers);
        return OtnaViews.report(record);
    }

    /** The round's last 50 imports with their reports, newest first. */
    public List<OtnaViews.ImportReport> imports(String code) {
        OtnaRound round = otna.round(code, false);
        return OtnaImport.<OtnaImport>find("round = ?1 order by createdAt desc, id desc", round)
                .page(0, 50)
                .list()
                .stream()
                .map(OtnaViews::report)
                .toList();
    }

    /** One import of the round with its report. */
    public OtnaViews.ImportReport report(String code, long id) {
        return OtnaImport.<OtnaImport>find("id = ?1 and round.code = ?2", id, code)
                .firstResultOptional()
                .map(OtnaViews::report)
                .orElseThrow(() -> new DomainException.NotFound("No import " + id + " in round " + code));
    }

    private void insert(OtnaRound round, OtnaImport record, List<AnswerSheet.Parsed> answers) {
        for (int from = 0; from < answers.size(); from += CHUNK) {
            List<AnswerSheet.Parsed> chunk = answers.subList(from, Math.min(answers.size(), from + CHUNK));
            StringBuilder sql = new StringBuilder("INSERT INTO otna_answer (round_id, import_id, country_code, agency,"
                    + " respondent, capability_id, target_group, relevance, urgency, officers, source_row) VALUES ");
            for (int i = 0; i < chunk.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?,?,?,?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int p = 1;
            for (AnswerSheet.Parsed a : chunk) {
                insert.setParameter(p++, round.id)
                        .setParameter(p++, record.id)
                        .setParameter(p++, a.country())
                        .setParameter(p++, a.agency())
                        .setParameter(p++, a.respondent())
                        .setParameter(p++, a.capability().id)
                        .setParameter(p++, a.targetGroup())
                        .setParameter(p++, a.relevance())
                        .setParameter(p++, a.urgency())
                        .setParameter(p++, json(a.officers()))
                        .setParameter(p++, a.row());
            }
            insert.executeUpdate();
        }
    }

    /** The answers as comparable lines; names compared as the column's collation compares them. */
    private static Set<String> canonical(List<AnswerSheet.Parsed> answers) {
        Set<String> lines = new HashSet<>();
        for (AnswerSheet.Parsed a : answers) {
            lines.add(line(
                    a.country(),
                    a.agency(),
                    a.respondent(),
                    a.capability().id,
                    a.targetGroup(),
                    a.relevance(),
                    a.urgency(),
                    new TreeMap<>(a.officers())));
        }
        return lines;
    }

    private Set<String> current(OtnaRound round, Set<OtnaImport.Agency> agencies) {
        Set<String> lines = new HashSet<>();
        for (OtnaImport.Agency agency : agencies) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT country_code, agency, respondent, capability_id,"
                            + " target_group, relevance, urgency, officers FROM otna_answer"
                            + " WHERE round_id = ?1 AND country_code = ?2 AND agency = ?3")
                    .setParameter(1, round.id)
                    .setParameter(2, agency.country())
                    .setParameter(3, agency.agency())
                    .getResultList();
            for (Object[] r : rows) {
                lines.add(line(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        ((Number) r[3]).longValue(),
                        (String) r[4],
                        ((Number) r[5]).intValue(),
                        (String) r[6],
                        new TreeMap<>(officers(r[7]))));
            }
        }
        return lines;
    }

    private static String line(
            String country,
            String agency,
            String respondent,
            long capability,
            String group,
            int relevance,
            String urgency,
            Map<String, Integer> officers) {
        return String.join(
                "\u0000",
                country,
                fold(agency),
                fold(respondent),
                Long.toString(capability),
                group,
                Integer.toString(relevance),
                urgency,
                officers.toString());
    }

    /** As utf8mb4_unicode_ci compares: without case or accents. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    static Map<String, Integer> officers(Object json) {
        try {
            return JSON.readValue(json.toString(), OFFICERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("otna_answer.officers is not a JSON object", e);
        }
    }

    private static String json(Map<String, Integer> officers) {
        try {
            return JSON.writeValueAsString(officers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
