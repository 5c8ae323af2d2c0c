package eu.topcop.learn.content;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.content.YamlNode.Located;

/**
 * Publishes a checked module as a new immutable version, in one transaction: a failure leaves the
 * published versions as they were. An unchanged module (same hash as its current version) writes nothing.
 */
@ApplicationScoped
class ModulePublisher {

    @Inject
    Clock clock;

    /** The module's current version after publishing, and whether this call made it. */
    record Published(int version, boolean created) {}

    @Transactional
    Published publish(ModuleDraft draft) {
        ContentModule module =
                ContentModule.<ContentModule>find("code", draft.code()).firstResult();
        if (module != null) {
            ModuleVersion current = ModuleVersion.<ModuleVersion>find(
                            "module = ?1 and version = ?2", module, module.currentVersion)
                    .firstResult();
            if (current != null && current.contentHash.equals(draft.hash())) {
                return new Published(module.currentVersion, false);
            }
        } else {
            module = new ContentModule();
            module.code = draft.code();
            module.currentVersion = 0;
        }
        Instant now = Instant.now(clock);
        int number = module.publishNewVersion(now);
        module.persist();

        ModuleVersion version = new ModuleVersion();
        version.module = module;
        version.version = number;
        version.contentHash = draft.hash();
        version.title = draft.title();
        version.summary = draft.summary();
        version.estimatedMinutes = (short) draft.estimatedMinutes();
        version.languages = String.join(",", draft.languages());
        version.crimePriorities = String.join(
                ",", draft.crimePriorities().stream().map(Located::value).toList());
        version.outcomes =
                String.join(",", draft.outcomes().stream().map(Located::value).toList());
        version.material = material(draft);
        version.publishedAt = now;
        version.persist();

        for (ModuleDraft.Lesson l : draft.lessons()) {
            Lesson lesson = new Lesson();
            lesson.moduleVersion = version;
            lesson.position = (short) l.position();
            lesson.slug = l.slug();
            lesson.title = l.title();
            lesson.bodyHtml = l.html();
            lesson.persist();
        }
        ModuleDraft.Quiz q = draft.quiz();
        Quiz quiz = new Quiz();
        quiz.moduleVersion = version;
        quiz.passMark = (short) q.passMark();
        quiz.draw = (short) q.draw();
        quiz.timeLimitMinutes =
                q.timeLimitMinutes() == null ? null : q.timeLimitMinutes().shortValue();
        quiz.maxAttempts = q.maxAttempts() == null ? null : q.maxAttempts().shortValue();
        quiz.showRightAnswers = q.showRightAnswers();
        quiz.persist();
        short position = 1;
        for (ModuleDraft.Question question : q.questions()) {
            QuizQuestion row = new QuizQuestion();
            row.quiz = quiz;
            row.position = position++;
            row.key = question.key();
            row.type = question.type();
            row.definition = question.definition();
            row.persist();
        }
        for (ModuleDraft.Material m : draft.material()) {
            if (m.file() != null) {
                MaterialFile file = new MaterialFile();
                file.moduleVersion = version;
                file.path = m.file();
                file.mediaType = m.mediaType();
                file.content = m.content();
                file.persist();
            }
        }
        return new Published(number, true);
    }

    private static List<Map<String, Object>> material(ModuleDraft draft) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ModuleDraft.Material m : draft.material()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("title", m.title());
            if (m.url() != null) {
                item.put("url", m.url());
            } else {
                item.put("file", m.file());
            }
            list.add(item);
        }
        return list;
    }
}
