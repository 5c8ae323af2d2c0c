package eu.topcop.learn.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import eu.topcop.learn.platform.web.TextInput;

/**
 * Checks a questionnaire file against its round, cell by cell, and names every problem as
 * {@code file:row:column: what is wrong}; only a file without any problem gives answers (all or nothing).
 *
 * <p>Columns, in any order, named by their codes in the first row: {@code country}, {@code agency},
 * {@code respondent}, {@code capability}, {@code target_group}, {@code relevance} (1 to 5), {@code urgency} (a code
 * of the round's urgency scale), and one {@code officers_<level>} per level of the round's proficiency scale
 * (a whole number, empty for none). The template the round generates has exactly these.
 */
final class AnswerSheet {

    static final String COUNTRY = "country";
    static final String AGENCY = "agency";
    static final String RESPONDENT = "respondent";
    static final String CAPABILITY = "capability";
    static final String TARGET_GROUP = "target_group";
    static final String RELEVANCE = "relevance";
    static final String URGENCY = "urgency";
    static final String OFFICERS = "officers_";

    /** As long as the columns of otna_answer. */
    static final int AGENCY_LENGTH = 200;

    static final int RESPONDENT_LENGTH = 40;

    /** More officers of one profile than any agency has. */
    static final int MAX_OFFICERS = 100_000;

    /** A valid row, in the round's terms. */
    record Parsed(
            int row,
            String country,
            String agency,
            String respondent,
            Capability capability,
            String targetGroup,
            int relevance,
            String urgency,
            Map<String, Integer> officers) {}

    record Result(List<Parsed> answers, List<String> problems) {}

    private AnswerSheet() {}

    static List<String> columns(OtnaRound round) {
        List<String> columns =
                new ArrayList<>(List.of(COUNTRY, AGENCY, RESPONDENT, CAPABILITY, TARGET_GROUP, RELEVANCE, URGENCY));
        round.proficiencyScale.forEach(level -> columns.add(OFFICERS + level.code()));
        return columns;
    }

    static Result check(QuestionnaireFile file, OtnaRound round, List<Capability> capabilities) {
        List<String> problems = new ArrayList<>();
        List<String> columns = columns(round);
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < file.header().size(); i++) {
            String name = file.header().get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!columns.contains(name)) {
                problems.add(where(file, file.headerRow(), i) + ": unknown column \""
                        + file.header().get(i).strip() + "\"; the columns are " + String.join(", ", columns));
            } else if (at.putIfAbsent(name, i) != null) {
                problems.add(where(file, file.headerRow(), i) + ": the column " + name + " is there twice");
            }
        }
        for (String column : columns) {
            if (!at.containsKey(column)) {
                problems.add(
                        where(file, file.headerRow(), file.header().size()) + ": the column " + column + " is missing");
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        Map<String, Capability> byCode = new HashMap<>();
        capabilities.forEach(c -> byCode.put(c.code.toLowerCase(Locale.ROOT), c));
        Set<String> urgencies = new HashSet<>();
        round.urgencyScale.forEach(u -> urgencies.add(u.code()));
        List<Parsed> answers = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (QuestionnaireFile.Line line : file.lines()) {
            if (line.blank()) {
                continue;
            }
            Cells cells = new Cells(file, line, at, problems);
            String country = cells.text(COUNTRY, 2).toUpperCase(Locale.ROOT);
            if (!country.isEmpty() && !round.countries.contains(country)) {
                cells.wrong(
                        COUNTRY,
                        "\"" + country + "\" is not a country of this round ("
                                + String.join(", ", new java.util.TreeSet<>(round.countries)) + ")");
            }
            String agency = cells.text(AGENCY, AGENCY_LENGTH);
            String respondent = cells.text(RESPONDENT, RESPONDENT_LENGTH);
            String code = cells.text(CAPABILITY, 40);
            Capability capability = byCode.get(code.toLowerCase(Locale.ROOT));
            if (!code.isEmpty() && capability == null) {
                cells.wrong(CAPABILITY, "\"" + code + "\" is not a capability of this round");
            }
            String group = cells.text(TARGET_GROUP, 40).toLowerCase(Locale.ROOT);
            if (!group.isEmpty() && capability != null && !capability.targetGroups.contains(group)) {
                cells.wrong(
                        TARGET_GROUP,
                        "\"" + group + "\" is not a target group of " + capability.code + " ("
                                + String.join(", ", capability.targetGroups) + ")");
            }
            Integer relevance = cells.number(RELEVANCE, 1, 5, true);
            String urgency = cells.text(URGENCY, 40).toLowerCase(Locale.ROOT);
            if (!urgency.isEmpty() && !urgencies.contains(urgency)) {
                cells.wrong(
                        URGENCY,
                        "\"" + urgency + "\" is not on the round's urgency scale ("
                                + String.join(
                                        ", ",
                                        round.urgencyScale.stream()
                                                .map(OtnaRound.Level::code)
                                                .toList()) + ")");
            }
            Map<String, Integer> officers = new LinkedHashMap<>();
            for (OtnaRound.Level level : round.proficiencyScale) {
                Integer n = cells.number(OFFICERS + level.code(), 0, MAX_OFFICERS, false);
                officers.put(level.code(), n == null ? 0 : n);
            }
            if (cells.fine()) {
                String key = String.join(
                        "\u0000",
                        country,
                        agency.toLowerCase(Locale.ROOT),
                        respondent.toLowerCase(Locale.ROOT),
                        capability.code,
                        group);
                Integer first = seen.putIfAbsent(key, line.row());
                if (first != null) {
                    problems.add(where(file, line.row(), at.get(RESPONDENT)) + ": the same respondent answers "
                            + capability.code + " for " + group + " again (first in row " + first + ")");
                    continue;
                }
                answers.add(new Parsed(
                        line.row(), country, agency, respondent, capability, group, relevance, urgency, officers));
            }
        }
        if (problems.isEmpty() && answers.isEmpty()) {
            problems.add(where(file, file.headerRow() + 1, 0) + ": the file has no answers");
        }
        return new Result(problems.isEmpty() ? answers : List.of(), problems);
    }

    static String where(QuestionnaireFile file, int row, int column) {
        return file.name() + ":" + row + ":" + QuestionnaireFile.columnName(column);
    }

    /** The cells of one row, each checked with the problem named at its place. */
    private static final class Cells {
        private final QuestionnaireFile file;
        private final QuestionnaireFile.Line line;
        private final Map<String, Integer> at;
        private final List<String> problems;
        private final int before;

        Cells(QuestionnaireFile file, QuestionnaireFile.Line line, Map<String, Integer> at, List<String> problems) {
            this.file = file;
            this.line = line;
            this.at = at;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean fine() {
            return problems.size() == before;
        }

        void wrong(String column, String what) {
            problems.add(where(file, line.row(), at.get(column)) + " (" + column + "): " + what);
        }

        String text(String column, int maxLength) {
            String value = line.cell(at.get(column));
            if (value.isEmpty()) {
                wrong(column, "empty; it is needed");
            } else if (value.length() > maxLength) {
                wrong(column, "longer than " + maxLength + " characters");
            } else {
                TextInput.problem(value).ifPresent(problem -> wrong(column, problem));
            }
            return value;
        }

        Integer number(String column, int min, int max, boolean needed) {
            String value = line.cell(at.get(column));
            if (value.isEmpty()) {
                if (needed) {
                    wrong(column, "empty; give a whole number from " + min + " to " + max);
                }
                return null;
            }
            try {
                int n = Integer.parseInt(value);
                if (n < min || n > max) {
                    wrong(column, value + " is not a whole number from " + min + " to " + max);
                    return null;
                }
                return n;
            } catch (NumberFormatException e) {
                wrong(column, "\"" + value + "\" is not a whole number from " + min + " to " + max);
                return null;
            }
        }
    }
}
