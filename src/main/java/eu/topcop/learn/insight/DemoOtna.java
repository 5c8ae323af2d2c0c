package eu.topcop.learn.insight;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.insight.OtnaViews.CapabilityDefinition;
import eu.topcop.learn.insight.OtnaViews.LevelDefinition;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A fictitious OTNA round for the embedded default, so that gaps have something to show on the first run: the
 * portfolio's six priorities, the five partner countries, two capabilities per priority, and answers of three
 * agencies per country with two respondents each, drawn from the fixed seed {@value #SEED} (the same answers at
 * every first start). Marked as fictitious wherever the round is shown.
 */
@ApplicationScoped
public class DemoOtna {

    private static final Logger LOG = Logger.getLogger(DemoOtna.class);

    static final String CODE = "otna-2026-demo";

    static final long SEED = 2026L;

    private static final List<String> COUNTRIES = List.of("AM", "AZ", "GE", "MD", "UA");

    private static final List<String> AGENCIES = List.of("National Police", "Customs Service", "Prosecutor's Office");

    /** Capability code, priority, English, Russian and Ukrainian title, target groups. */
    private static final List<String[]> CAPABILITIES = List.of(
            new String[] {
                "DT-FIN",
                "drug-trafficking",
                "Financial investigation of drug networks",
                "Финансовые расследования наркосетей",
                "Фінансові розслідування наркомереж",
                "investigators analysts"
            },
            new String[] {
                "DT-PREC",
                "drug-trafficking",
                "Detection of precursors and synthetic drug labs",
                "Выявление прекурсоров и нарколабораторий",
                "Виявлення прекурсорів і нарколабораторій",
                "investigators customs"
            },
            new String[] {
                "FA-TRACE",
                "firearms-trafficking",
                "Tracing firearms and their parts",
                "Отслеживание оружия и его частей",
                "Відстеження зброї та її частин",
                "investigators analysts"
            },
            new String[] {
                "FA-BORDER",
                "firearms-trafficking",
                "Detecting firearms at the border",
                "Выявление оружия на границе",
                "Виявлення зброї на кордоні",
                "border-guards customs"
            },
            new String[] {
                "MS-RISK",
                "migrant-smuggling",
                "Risk profiling at land borders",
                "Профилирование рисков на сухопутной границе",
                "Профілювання ризиків на суходільному кордоні",
                "border-guards analysts"
            },
            new String[] {
                "MS-DOC",
                "migrant-smuggling",
                "Detecting forged travel documents",
                "Выявление поддельных документов",
                "Виявлення підроблених документів",
                "border-guards"
            },
            new String[] {
                "THB-VICTIM",
                "trafficking-in-human-beings",
                "Identifying and protecting victims",
                "Выявление и защита жертв",
                "Виявлення та захист жертв",
                "investigators prosecutors"
            },
            new String[] {
                "THB-FIN",
                "trafficking-in-human-beings",
                "Following the money of trafficking",
                "Финансовый след торговли людьми",
                "Фінансовий слід торгівлі людьми",
                "investigators analysts"
            },
            new String[] {
                "CSE-OSINT",
                "online-child-sexual-exploitation",
                "Online investigation and OSINT",
                "Онлайн-расследования и OSINT",
                "Онлайн-розслідування та OSINT",
                "investigators analysts"
            },
            new String[] {
                "CSE-EVID",
                "online-child-sexual-exploitation",
                "Handling digital evidence",
                "Работа с цифровыми доказательствами",
                "Робота з цифровими доказами",
                "investigators prosecutors"
            },
            new String[] {
                "OPC-MOBILE",
                "organised-property-crime",
                "Mobile organised crime groups",
                "Мобильные организованные группы",
                "Мобільні організовані групи",
                "investigators analysts"
            },
            new String[] {
                "OPC-VEHICLE",
                "organised-property-crime",
                "Stolen vehicles across borders",
                "Угнанные транспортные средства",
                "Викрадені транспортні засоби",
                "border-guards customs"
            });

    @Inject
    OtnaService otna;

    @Inject
    QuestionnaireImports imports;

    @Inject
    GapService gaps;

    private static final String MANAGER_USERNAME = "marta.keller";

    private static final String MANAGER_EMAIL = "marta.keller@demo.topcop.eu";

    @ConfigProperty(name = "lms.demo.offerings", defaultValue = "false")
    boolean enabled;

    @ActivateRequestContext
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 970) StartupEvent event) {
        if (!enabled || OtnaRound.byCode(CODE).isPresent()) {
            return;
        }
        otna.define(round(), null);
        imports.importFile(CODE, "otna-2026-demo.csv", answers(), null);
        otna.consolidate(CODE);
        int validated = validateMost();
        LOG.infof(
                "Demo OTNA round %s (fictitious) imported and consolidated; %d gaps validated by the demo course"
                        + " manager, the rest left to decide",
                CODE, validated);
    }

    /**
     * The demo course manager validates four gaps in five (in a fixed order), so that the dashboards have validated
     * needs to show and the manager still has decisions to make on the first run.
     */
    int validateMost() {
        long manager = demoManager();
        // Ids only: entities read here, outside the decisions' transactions, would be stale copies afterwards.
        List<Long> ids = CapabilityGap.getEntityManager()
                .createQuery("select g.id from CapabilityGap g where g.round.code = ?1 order by g.id", Long.class)
                .setParameter(1, CODE)
                .getResultList();
        int validated = 0;
        for (int i = 0; i < ids.size(); i++) {
            if (i % 5 != 4) {
                gaps.decide(ids.get(i), new OtnaViews.Decision("VALIDATE", null, null, null), manager);
                validated++;
            }
        }
        return validated;
    }

    /** The demo course manager's person record (Keycloak binds it to the account at the first sign-in). */
    @Transactional
    long demoManager() {
        // By the verified address, as sign-in claims a record (a username is no identity): the account's own person
        // if it signed in already, else one its first sign-in claims.
        Person person =
                Person.<Person>find("email = ?1 order by id", MANAGER_EMAIL).firstResult();
        if (person == null) {
            Instant now = Instant.now();
            person = new Person();
            person.username = MANAGER_USERNAME;
            person.name = "Marta Keller";
            person.email = MANAGER_EMAIL;
            person.country = "HU";
            person.createdAt = now;
            person.updatedAt = now;
            person.persist();
        }
        return person.id;
    }

    static OtnaViews.RoundDefinition round() {
        List<CapabilityDefinition> capabilities = new ArrayList<>();
        for (String[] c : CAPABILITIES) {
            capabilities.add(new CapabilityDefinition(
                    c[0], c[1], Map.of("en", c[2], "ru", c[3], "uk", c[4]), null, List.of(c[5].split(" "))));
        }
        return new OtnaViews.RoundDefinition(
                CODE,
                2026,
                Map.of(
                        "en", "Operational training needs analysis 2026 (fictitious demo data)",
                        "ru", "Анализ потребностей в обучении 2026 (вымышленные данные)",
                        "uk", "Аналіз потреб у навчанні 2026 (вигадані дані)"),
                CAPABILITIES.stream().map(c -> c[1]).distinct().toList(),
                COUNTRIES,
                List.of(
                        level("awareness", "Awareness", "Осведомлённость", "Обізнаність"),
                        level("practitioner", "Practitioner", "Практик", "Практик"),
                        level("expert", "Expert", "Эксперт", "Експерт")),
                List.of(
                        level("later", "Within four years", "В течение четырёх лет", "Протягом чотирьох років"),
                        level("soon", "Within two years", "В течение двух лет", "Протягом двох років"),
                        level("now", "This year", "В этом году", "Цього року")),
                List.of(
                        level("investigators", "Investigators", "Следователи", "Слідчі"),
                        level("analysts", "Analysts", "Аналитики", "Аналітики"),
                        level("prosecutors", "Prosecutors", "Прокуроры", "Прокурори"),
                        level("border-guards", "Border guards", "Пограничники", "Прикордонники"),
                        level("customs", "Customs officers", "Таможенники", "Митники")),
                capabilities,
                true);
    }

    private static LevelDefinition level(String code, String en, String ru, String uk) {
        return new LevelDefinition(code, Map.of("en", en, "ru", ru, "uk", uk));
    }

    /** The questionnaire answers as the CSV an agency would send, drawn from {@link #SEED}. */
    static byte[] answers() {
        Random random = new Random(SEED);
        StringBuilder csv = new StringBuilder(
                "country,agency,respondent,capability,target_group,relevance,urgency,officers_awareness,"
                        + "officers_practitioner,officers_expert\n");
        int respondent = 0;
        for (String country : COUNTRIES) {
            for (String agency : AGENCIES) {
                for (int r = 0; r < 2; r++) {
                    respondent++;
                    for (String[] c : CAPABILITIES) {
                        // Each agency answers about two thirds of the capabilities.
                        if (random.nextInt(3) == 0) {
                            continue;
                        }
                        String group = c[5].split(" ")[random.nextInt(c[5].split(" ").length)];
                        int scale = 1 + random.nextInt(country.equals("UA") ? 6 : 3);
                        csv.append(String.join(
                                        ",",
                                        country,
                                        agency.contains(",") ? '"' + agency + '"' : agency,
                                        "R-" + respondent,
                                        c[0],
                                        group,
                                        Integer.toString(1 + random.nextInt(5)),
                                        List.of("later", "soon", "now").get(random.nextInt(3)),
                                        Integer.toString(scale * (5 + random.nextInt(40))),
                                        Integer.toString(scale * random.nextInt(15)),
                                        Integer.toString(random.nextInt(4))))
                                .append('\n');
                    }
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
