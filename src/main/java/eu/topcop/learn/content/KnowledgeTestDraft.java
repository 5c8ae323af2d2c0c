package eu.topcop.learn.content;

import java.util.List;
import java.util.Map;

import eu.topcop.learn.content.ModuleDraft.Question;
import eu.topcop.learn.content.YamlNode.Located;

/**
 * A knowledge test as read from {@code content/evaluation/knowledge-tests/<code>.yaml}: the question bank that a
 * face-to-face offering of the curriculum draws its pre-test and post-test from. Checked on its own; the importer
 * then checks it against the rest of content/ (the curriculum exists, its question ids are nobody else's).
 */
record KnowledgeTestDraft(
        String code,
        String file,
        Map<String, String> title,
        Located<String> curriculum,
        int draw,
        Integer timeLimitMinutes,
        List<Question> questions) {}
