package eu.topcop.learn.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.topcop.learn.content.ModuleDraft.Question;
import eu.topcop.learn.content.YamlNode.Located;

/**
 * Reads and checks a knowledge test, {@code content/evaluation/knowledge-tests/<code>.yaml} (see content/README.md):
 * a header naming the test, its curriculum and how many questions a paper draws, then questions written exactly as
 * in a module's quiz.yaml, read by {@link QuizReader#questions}. Every problem is recorded with its line; a test
 * with any problem is not published.
 */
final class KnowledgeTestReader {

    static final int TITLE_LIMIT = 200;

    private KnowledgeTestReader() {}

    static Optional<KnowledgeTestDraft> read(Path path, String file, String expectedCode, Problems problems) {
        return YamlNode.read(path, file, problems).map(root -> test(root, file, expectedCode));
    }

    private static KnowledgeTestDraft test(YamlNode root, String file, String expectedCode) {
        root.allowOnly(Set.of(
                "code", "title", "curriculum", "draw", "time_limit_minutes", "questions", "pass_mark", "max_attempts"));
        for (String quizOnly : List.of("pass_mark", "max_attempts")) {
            root.field(quizOnly)
                    .ifPresent(node -> node.problem("a knowledge test is taken once and neither passed nor failed:"
                            + " it has no '" + quizOnly + "'"));
        }
        String code = root.requiredCode("code");
        if (code != null && !code.equals(expectedCode)) {
            root.field("code")
                    .orElse(root)
                    .problem("'code' is '" + code + "' but the file is named " + expectedCode + ".yaml");
        }
        Map<String, String> title = root.texts("title", true);
        title.forEach((language, text) -> {
            if (text.length() > TITLE_LIMIT) {
                root.field("title")
                        .orElse(root)
                        .problem("the " + language + " text of 'title' has " + text.length() + " characters (at most "
                                + TITLE_LIMIT + ")");
            }
        });
        String curriculum = root.requiredCode("curriculum");
        int curriculumLine = root.field("curriculum").map(YamlNode::line).orElse(root.line());
        Integer draw = root.requiredInt("draw", 1, 500);
        Integer timeLimit = root.optionalInt("time_limit_minutes", 1, 600);
        List<Question> questions = QuizReader.questions(root, draw);
        if (code == null || curriculum == null || draw == null || title.isEmpty()) {
            return null;
        }
        return new KnowledgeTestDraft(
                code, file, title, new Located<>(curriculum, curriculumLine), draw, timeLimit, questions);
    }
}
