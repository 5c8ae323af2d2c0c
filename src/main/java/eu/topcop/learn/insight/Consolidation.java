package eu.topcop.learn.insight;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The consolidation rule: from a round's answers to capability gaps, per country × capability × target group.
 *
 * <ol>
 *   <li>Within one agency, its respondents describe the same staff, so their answers must not add up: the agency's
 *       figure is the <em>median</em> of its respondents' answers (officers per proficiency level, relevance,
 *       urgency).</li>
 *   <li>Different agencies of a country train different officers, so their needs <em>add up</em>: the country's
 *       officers to train per level are the sum of its agencies' figures. (A median across agencies, as the OTNA
 *       report uses for ratings, would count a country with one big and four small agencies as needing the
 *       small agencies' figure.)</li>
 *   <li>Ratings do not add up: the country's relevance and urgency are the median of its agencies' ratings.</li>
 * </ol>
 *
 * With an even number of answers the median of counts is the mean of the two middle values, rounded up; of an
 * ordered scale (urgency) the higher of the two middle levels: a need is never understated by the rule.
 */
final class Consolidation {

    /** One answer, in the round's terms (urgency as its rank on the round's scale, least urgent 0). */
    record Answer(
            String country,
            String agency,
            long capability,
            String targetGroup,
            int relevance,
            int urgencyRank,
            Map<String, Integer> officers) {}

    record Key(String country, long capability, String targetGroup) {}

    /** A gap's figures. */
    record Figures(
            Map<String, Integer> officers, String urgency, BigDecimal relevance, int respondents, int agencies) {}

    private Consolidation() {}

    /** The gaps of a round's answers; {@code levels} and {@code urgencies} are the round's scales in order. */
    static Map<Key, Figures> gaps(List<Answer> answers, List<String> levels, List<String> urgencies) {
        Map<Key, Map<String, List<Answer>>> byAgency = new TreeMap<>(Comparator.comparing(Key::country)
                .thenComparingLong(Key::capability)
                .thenComparing(Key::targetGroup));
        for (Answer answer : answers) {
            byAgency.computeIfAbsent(
                            new Key(answer.country(), answer.capability(), answer.targetGroup()), k -> new TreeMap<>())
                    .computeIfAbsent(answer.agency(), a -> new ArrayList<>())
                    .add(answer);
        }
        Map<Key, Figures> gaps = new LinkedHashMap<>();
        byAgency.forEach((key, agencies) -> {
            Map<String, Integer> officers = new LinkedHashMap<>();
            levels.forEach(level -> officers.put(level, 0));
            List<BigDecimal> relevance = new ArrayList<>();
            List<Integer> urgency = new ArrayList<>();
            int respondents = 0;
            for (List<Answer> agency : agencies.values()) {
                respondents += agency.size();
                for (String level : levels) {
                    int figure = medianCount(agency.stream()
                            .map(a -> a.officers().getOrDefault(level, 0))
                            .collect(Collectors.toList()));
                    officers.merge(level, figure, Integer::sum);
                }
                relevance.add(median(agency.stream()
                        .map(a -> BigDecimal.valueOf(a.relevance()))
                        .collect(Collectors.toList())));
                urgency.add(upperMedian(agency.stream().map(Answer::urgencyRank).collect(Collectors.toList())));
            }
            gaps.put(
                    key,
                    new Figures(
                            officers,
                            urgencies.get(upperMedian(urgency)),
                            median(relevance).setScale(1, RoundingMode.HALF_UP),
                            respondents,
                            agencies.size()));
        });
        return gaps;
    }

    static int medianCount(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        int sum = sorted.get(n / 2 - 1) + sorted.get(n / 2);
        return (sum + 1) / 2;
    }

    static int upperMedian(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    static BigDecimal median(List<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n % 2 == 1) {
            return sorted.get(n / 2);
        }
        return sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP);
    }
}
