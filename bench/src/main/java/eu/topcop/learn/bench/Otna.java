package eu.topcop.learn.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * An open OTNA round, as a course manager leaves it after consolidating the agencies' answers: the portfolio's six
 * priorities, the five partner countries, the twelve capabilities the shipped curricula's learning outcomes address
 * (so that coverage maps them to courses, as the content declares), and per country, capability and target group a
 * capability gap, four in five of them validated (with the audit trail's "validated" row), the rest proposed. The
 * officers to train are in proportion to the country's officers in the size (People's country weights), 2-8 % of
 * them per gap, mostly at awareness level; urgency and relevance drawn from the seed.
 *
 * <p>No questionnaire answers: gaps, coverage and the dashboards read the gaps, not the answers they came from.
 */
final class Otna {

    static final String CODE = "otna-2026-bench";

    private static final String[] COUNTRIES = {"UA", "AZ", "GE", "AM", "MD"};

    /** Capability code, crime priority, English title, target groups: the codes the content maps to outcomes. */
    private static final List<String[]> CAPABILITIES = List.of(
            new String[] {"DT-FIN", "drug-trafficking", "Financial investigation of drug networks",
                "investigators analysts"},
            new String[] {"DT-PREC", "drug-trafficking", "Detection of precursors and synthetic drug labs",
                "investigators customs"},
            new String[] {"FA-TRACE", "firearms-trafficking", "Tracing firearms and their parts",
                "investigators analysts"},
            new String[] {"FA-BORDER", "firearms-trafficking", "Detecting firearms at the border",
                "border-guards customs"},
            new String[] {"MS-RISK", "migrant-smuggling", "Risk profiling at land borders", "border-guards analysts"},
            new String[] {"MS-DOC", "migrant-smuggling", "Detecting forged travel documents", "border-guards"},
            new String[] {"THB-VICTIM", "trafficking-in-human-beings", "Identifying and protecting victims",
                "investigators prosecutors"},
            new String[] {"THB-FIN", "trafficking-in-human-beings", "Following the money of trafficking",
                "investigators analysts"},
            new String[] {"CSE-OSINT", "online-child-sexual-exploitation", "Online investigation and OSINT",
                "investigators analysts"},
            new String[] {"CSE-EVID", "online-child-sexual-exploitation", "Handling digital evidence",
                "investigators prosecutors"},
            new String[] {"OPC-MOBILE", "organised-property-crime", "Mobile organised crime groups",
                "investigators analysts"},
            new String[] {"OPC-VEHICLE", "organised-property-crime", "Stolen vehicles across borders",
                "border-guards customs"});

    private static final String[] URGENCY = {"later", "soon", "now"};

    private final Connection db;
    private final long seed;

    Otna(Connection db, long seed) {
        this.db = db;
        this.seed = seed;
    }

    /** @param manager the person recorded as validating the gaps (the first generated person stands for one) */
    void write(Generate.Size size, long manager) throws SQLException {
        Instant consolidated = Offerings.AS_OF.minusSeconds(86_400L * 60);
        long round = Generate.next(db, "otna_round");
        try (Rows rows = new Rows(
                db,
                "otna_round",
                "id, code, year, title, status, proficiency_scale, urgency_scale, target_groups, fictitious,"
                        + " created_at, updated_at")) {
            rows.add(round, CODE, 2026,
                    "{\"en\":\"Operational training needs analysis 2026 (benchmark data)\",\"ru\":\"Анализ"
                            + " потребностей в обучении 2026 (данные бенчмарка)\",\"uk\":\"Аналіз потреб у навчанні"
                            + " 2026 (дані бенчмарку)\"}",
                    "CONSOLIDATED",
                    scale("awareness:Awareness", "practitioner:Practitioner", "expert:Expert"),
                    scale("later:Within four years", "soon:Within two years", "now:This year"),
                    scale("investigators:Investigators", "analysts:Analysts", "prosecutors:Prosecutors",
                            "border-guards:Border guards", "customs:Customs officers"),
                    true, consolidated.minusSeconds(86_400L * 120), consolidated);
        }
        try (Statement statement = db.createStatement()) {
            statement.executeUpdate("INSERT INTO otna_round_priority (round_id, crime_priority_id) SELECT " + round
                    + ", id FROM crime_priority WHERE portfolio");
        }
        try (Rows rows = new Rows(db, "otna_round_country", "round_id, country_code")) {
            for (String country : COUNTRIES) {
                rows.add(round, country);
            }
        }
        long firstCapability = Generate.next(db, "capability");
        try (Rows rows = new Rows(
                db,
                "capability",
                "id, round_id, code, crime_priority_id, position, title, description, target_groups")) {
            for (int c = 0; c < CAPABILITIES.size(); c++) {
                String[] capability = CAPABILITIES.get(c);
                rows.add(firstCapability + c, round, capability[0], priority(capability[1]), c + 1,
                        "{\"en\":\"" + capability[2] + "\"}", "{}",
                        "[\"" + String.join("\",\"", capability[3].split(" ")) + "\"]");
            }
        }
        writeGaps(size, round, firstCapability, manager, consolidated);
    }

    private void writeGaps(Generate.Size size, long round, long firstCapability, long manager, Instant at)
            throws SQLException {
        Random random = new Random(seed * 31 + 13);
        long gap = Generate.next(db, "capability_gap");
        try (Rows gaps = new Rows(
                        db,
                        "capability_gap",
                        "id, round_id, country_code, capability_id, target_group, officers, urgency, relevance,"
                                + " respondents, agencies, status, origin, consolidated_at, updated_at");
                Rows changes = new Rows(
                        db, "capability_gap_change", "gap_id, action, after_figures, by_person, at")) {
            for (String country : COUNTRIES) {
                // The country's officers in this size, as People weighs them.
                double officers = size.people * weight(country) / 1000.0;
                for (int c = 0; c < CAPABILITIES.size(); c++) {
                    for (String group : CAPABILITIES.get(c)[3].split(" ")) {
                        int total = Math.max(3, (int) (officers * (0.02 + random.nextDouble() * 0.06)));
                        int expert = total / 10;
                        int practitioner = total * 3 / 10;
                        String figures = "{\"awareness\":" + (total - practitioner - expert) + ",\"practitioner\":"
                                + practitioner + ",\"expert\":" + expert + "}";
                        String urgency = URGENCY[random.nextInt(URGENCY.length)];
                        boolean validated = random.nextInt(5) != 4;
                        int agencies = 1 + random.nextInt(3);
                        gaps.add(gap, round, country, firstCapability + c, group, figures, urgency,
                                String.format(Locale.ROOT, "%.1f", 2 + random.nextDouble() * 3),
                                agencies * (1 + random.nextInt(3)), agencies,
                                validated ? "VALIDATED" : "PROPOSED", "ROUND", at,
                                validated ? at.plusSeconds(86_400) : at);
                        if (validated) {
                            changes.add(gap, "VALIDATED",
                                    "{\"officers\":" + figures + ",\"urgency\":\"" + urgency + "\"}", manager,
                                    at.plusSeconds(86_400));
                        }
                        gap++;
                    }
                }
            }
            System.out.printf("OTNA round %s: %d capability gaps (%d validated)%n", CODE, gaps.written(),
                    changes.written());
        }
    }

    private long priority(String code) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT id FROM crime_priority WHERE code = '" + code + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static int weight(String country) {
        for (int i = 0; i < People.COUNTRIES.length; i++) {
            if (People.COUNTRIES[i].equals(country)) {
                return People.COUNTRY_WEIGHTS[i];
            }
        }
        return 0;
    }

    /** A scale as the round keeps it: [{code, labels}], English labels (the demo round has three languages). */
    private static String scale(String... levels) {
        StringBuilder json = new StringBuilder("[");
        for (String level : levels) {
            String[] parts = level.split(":");
            json.append(json.length() > 1 ? "," : "")
                    .append("{\"code\":\"").append(parts[0]).append("\",\"labels\":{\"en\":\"").append(parts[1])
                    .append("\"}}");
        }
        return json.append(']').toString();
    }
}
