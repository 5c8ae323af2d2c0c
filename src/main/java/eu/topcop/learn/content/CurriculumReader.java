package eu.topcop.learn.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.topcop.learn.catalogue.CurriculumDraft;
import eu.topcop.learn.catalogue.CurriculumDraft.KnownCodes;
import eu.topcop.learn.content.YamlNode.Located;
import eu.topcop.learn.platform.i18n.Language;

/** Reads and checks a curriculum.yaml against the codes the catalogue knows. */
final class CurriculumReader {

    /** A capability code as OTNA rounds give them (insight's OtnaViews.CapabilityDefinition has the same). */
    private static final java.util.regex.Pattern CAPABILITY =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,39}");

    /** A proficiency level code as OTNA rounds give them (insight's OtnaViews.CODE has the same). */
    private static final java.util.regex.Pattern LEVEL = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private CurriculumReader() {}

    /** A read curriculum and the module codes its courses name, with their lines, to check later. */
    record Read(CurriculumDraft draft, List<Located<String>> moduleReferences, String file) {}

    static Optional<Read> read(Path path, String file, KnownCodes known, Problems problems) {
        return YamlNode.read(path, file, problems).map(root -> draft(root, path, file, known, problems));
    }

    private static Read draft(YamlNode root, Path path, String file, KnownCodes known, Problems problems) {
        root.allowOnly(Set.of(
                "code",
                "title",
                "crime_priorities",
                "empact_priorities",
                "duration_months",
                "languages",
                "target_audience",
                "aims",
                "learning_outcomes",
                "courses"));
        String code = root.requiredCode("code");
        Map<String, String> title = root.texts("title", true);
        List<String> priorities = new ArrayList<>();
        for (Located<String> p : root.codes("crime_priorities", true)) {
            if (!known.portfolioPriorities().contains(p.value())) {
                problems.add(file, p.line(), "unknown portfolio crime priority '" + p.value() + "'");
            }
            priorities.add(p.value());
        }
        if (priorities.isEmpty()) {
            root.problem("a curriculum needs at least one crime priority");
        }
        for (Located<String> p : root.codes("empact_priorities", false)) {
            if (!known.empactPriorities().contains(p.value())) {
                problems.add(file, p.line(), "unknown EMPACT priority '" + p.value() + "'");
            }
            priorities.add(p.value());
        }
        Integer duration = root.requiredInt("duration_months", 3, 6);
        List<String> languages = new ArrayList<>();
        for (YamlNode language : root.list("languages", true)) {
            String value = language.asScalar();
            if (Language.of(value).isEmpty()) {
                language.problem("unknown language '" + value + "' (use en, ru, uk, ka, hy, az, ro)");
            } else {
                languages.add(value);
            }
        }
        Map<String, String> audience = root.texts("target_audience", true);
        Map<String, String> aims = root.texts("aims", true);

        List<CurriculumDraft.Outcome> outcomes = new ArrayList<>();
        Set<String> outcomeCodes = new HashSet<>();
        for (YamlNode node : root.list("learning_outcomes", true)) {
            node.allowOnly(Set.of("code", "text", "capabilities"));
            String outcome = node.requiredCode("code");
            Map<String, String> text = node.texts("text", true);
            List<CurriculumDraft.CapabilityRef> capabilities = new ArrayList<>();
            Set<String> capabilityCodes = new HashSet<>();
            for (YamlNode item : node.list("capabilities", false)) {
                String value = item.asScalar();
                int at = value == null ? -1 : value.indexOf('@');
                String capability = at < 0 ? value : value.substring(0, at);
                String level = at < 0 ? null : value.substring(at + 1);
                if (capability == null || !CAPABILITY.matcher(capability).matches()) {
                    item.problem("'capabilities' must list capability codes of the needs analysis (letters, digits,"
                            + " '.' and '-', up to 40), not '" + value + "'");
                } else if (level != null && !LEVEL.matcher(level).matches()) {
                    item.problem("the proficiency level after '@' in '" + value + "' must be a level code of the"
                            + " needs analysis (lower-case letters, digits and '-', up to 40)");
                } else if (!capabilityCodes.add(capability)) {
                    item.problem("capability '" + capability + "' is listed twice");
                } else {
                    capabilities.add(new CurriculumDraft.CapabilityRef(capability, level));
                }
            }
            if (outcome != null && !outcomeCodes.add(outcome)) {
                node.problem("learning outcome '" + outcome + "' is listed twice");
            }
            outcomes.add(new CurriculumDraft.Outcome(outcome, text, List.copyOf(capabilities)));
        }

        List<CurriculumDraft.Course> courses = new ArrayList<>();
        List<Located<String>> moduleReferences = new ArrayList<>();
        Set<String> courseCodes = new HashSet<>();
        for (YamlNode node : root.list("courses", true)) {
            node.allowOnly(Set.of("code", "type", "title", "description", "hours", "modules", "outcomes"));
            String course = node.requiredCode("code");
            if (course != null && !courseCodes.add(course)) {
                node.problem("course '" + course + "' is listed twice");
            }
            String type = node.requiredString("type");
            if (type != null && !known.activityTypes().contains(type)) {
                node.field("type").orElse(node).problem("unknown activity type '" + type + "'");
            }
            List<Located<String>> modules = node.codes("modules", false);
            moduleReferences.addAll(modules);
            List<String> courseOutcomes = new ArrayList<>();
            for (Located<String> o : node.codes("outcomes", false)) {
                if (!outcomeCodes.contains(o.value())) {
                    problems.add(
                            file,
                            o.line(),
                            "outcome '" + o.value() + "' is not among this curriculum's learning_outcomes");
                }
                courseOutcomes.add(o.value());
            }
            Integer hours = node.requiredInt("hours", 1, 2000);
            courses.add(new CurriculumDraft.Course(
                    course,
                    type,
                    node.texts("title", true),
                    node.texts("description", true),
                    hours == null ? 0 : hours,
                    modules.stream().map(Located::value).toList(),
                    courseOutcomes));
        }
        if (courses.isEmpty()) {
            root.problem("a curriculum needs at least one course");
        }
        CurriculumDraft draft = new CurriculumDraft(
                code,
                file,
                ContentHash.of(path),
                title,
                aims,
                audience,
                duration == null ? 0 : duration,
                languages,
                priorities,
                outcomes,
                courses);
        return new Read(draft, moduleReferences, file);
    }
}
