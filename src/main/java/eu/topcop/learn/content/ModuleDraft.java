package eu.topcop.learn.content;

import java.util.List;
import java.util.Map;

import eu.topcop.learn.content.YamlNode.Located;

/** A module as read from its folder under content/, valid or not yet checked against the rest. */
record ModuleDraft(
        String code,
        String folder,
        String hash,
        Map<String, String> title,
        Map<String, String> summary,
        List<Located<String>> crimePriorities,
        List<Located<String>> outcomes,
        int estimatedMinutes,
        List<Material> material,
        List<Lesson> lessons,
        Quiz quiz,
        List<String> languages) {

    /** A link ({@code url}) or a file shipped with the module ({@code file} with its bytes). */
    record Material(Map<String, String> title, String url, String file, String mediaType, byte[] content) {}

    record Lesson(int position, String slug, Map<String, String> title, Map<String, String> html) {}

    record Quiz(
            int passMark,
            int draw,
            Integer timeLimitMinutes,
            Integer maxAttempts,
            boolean showRightAnswers,
            List<Question> questions) {}

    /**
     * The question's texts, choices, answer and feedback, as stored (JSON) for the quiz player; the line where it
     * starts, for problems found across files (a question id used in two banks).
     */
    record Question(String key, String type, Map<String, Object> definition, int line) {}
}
