package eu.topcop.learn.networks;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import eu.topcop.learn.catalogue.CatalogueService;
import eu.topcop.learn.catalogue.CrimePriority;
import eu.topcop.learn.enrolment.Person;
import eu.topcop.learn.platform.i18n.Language;
import eu.topcop.learn.platform.security.Roles;
import io.quarkus.runtime.StartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The project's networks for the embedded default, made once at the first start (with the other demo data,
 * {@code lms.demo.offerings}): the Strategic Cooperation Forum (by invitation), the EMPACT Support Network (on
 * request; its workshops and webinars become its meetings), the national contact points (open to every national
 * coordinator) and an expert network for each portfolio crime priority, with demo moderators and members.
 */
@ApplicationScoped
public class DemoNetworks {

    private static final Logger LOG = Logger.getLogger(DemoNetworks.class);

    public static final String FORUM = "strategic-cooperation-forum";
    public static final String SUPPORT = "empact-support-network";
    static final String CONTACT_POINTS = "national-contact-points";

    /** Demo accounts (claimed at their first sign-in by their verified e-mail): username, name, country, agency. */
    private static final String[][] PEOPLE = {
        {"marta.keller", "Marta Keller", "HU", "CEPOL, TOPCOP project team"},
        {"giorgi.kapanadze", "Giorgi Kapanadze", "GE", "National Coordination Office"},
        {"anahit.sargsyan", "Anahit Sargsyan", "AM", "Police of the Republic of Armenia"},
        {"oksana.melnyk", "Oksana Melnyk", "UA", "National Police of Ukraine"},
        {"armen.petrosyan", "Armen Petrosyan", "AM", "Investigative Committee"},
        {"levan.gelashvili", "Levan Gelashvili", "GE", "Criminal Police Department"},
        {"olena.kovalenko", "Olena Kovalenko", "UA", "National Police of Ukraine"}
    };

    @Inject
    EntityManager em;

    @Inject
    CatalogueService catalogue;

    @Inject
    Clock clock;

    @ConfigProperty(name = "lms.demo.offerings", defaultValue = "false")
    boolean enabled;

    @ActivateRequestContext
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 990) StartupEvent event) {
        if (!enabled || Network.count() > 0) {
            return;
        }
        LOG.infof("%d demo networks made, with their moderators and members", seed());
    }

    /** Makes the networks and memberships; returns how many networks. */
    @Transactional
    public int seed() {
        Map<String, Person> people = people();
        Network forum = network(
                FORUM, Network.Kind.STRATEGIC_FORUM, Network.Joining.INVITATION, null, FORUM_NAME, FORUM_PURPOSE);
        Network support = network(
                SUPPORT, Network.Kind.SUPPORT_NETWORK, Network.Joining.REQUEST, null, SUPPORT_NAME, SUPPORT_PURPOSE);
        Network points = network(
                CONTACT_POINTS,
                Network.Kind.CONTACT_POINTS,
                Network.Joining.ROLE,
                Roles.NATIONAL_COORDINATOR,
                POINTS_NAME,
                POINTS_PURPOSE);
        member(forum, people.get("marta.keller"), NetworkMember.Role.MODERATOR);
        member(forum, people.get("giorgi.kapanadze"), NetworkMember.Role.MEMBER);
        member(forum, people.get("oksana.melnyk"), NetworkMember.Role.MEMBER);
        member(support, people.get("marta.keller"), NetworkMember.Role.MODERATOR);
        member(support, people.get("anahit.sargsyan"), NetworkMember.Role.MEMBER);
        member(support, people.get("armen.petrosyan"), NetworkMember.Role.MEMBER);
        member(points, people.get("anahit.sargsyan"), NetworkMember.Role.MODERATOR);
        member(points, people.get("oksana.melnyk"), NetworkMember.Role.MEMBER);
        int made = 3;
        // The support network's thematic workshops and webinars are its meetings.
        em.createNativeQuery("UPDATE network_event SET network_id = :n WHERE network_id IS NULL")
                .setParameter("n", support.id)
                .executeUpdate();
        for (CrimePriority priority : CrimePriority.<CrimePriority>list("portfolio = true order by position")) {
            Map<String, String> name = new LinkedHashMap<>();
            Map<String, String> purpose = new LinkedHashMap<>();
            for (Language language : Language.SUPPORTED) {
                String priorityName = catalogue.portfolioNames(language).getOrDefault(priority.code, priority.code);
                name.put(language.code(), EXPERT_NAME.get(language.code()) + priorityName);
                purpose.put(language.code(), EXPERT_PURPOSE.get(language.code()));
            }
            Network expert = network(
                    "experts-" + priority.code,
                    Network.Kind.EXPERT_NETWORK,
                    Network.Joining.REQUEST,
                    null,
                    name,
                    purpose);
            expert.priorities.add(priority);
            member(expert, people.get("marta.keller"), NetworkMember.Role.MODERATOR);
            if (priority.code.equals("drug-trafficking")) {
                member(expert, people.get("levan.gelashvili"), NetworkMember.Role.MEMBER);
                member(expert, people.get("armen.petrosyan"), NetworkMember.Role.MEMBER);
                member(expert, people.get("olena.kovalenko"), NetworkMember.Role.MEMBER);
            }
            made++;
        }
        return made;
    }

    private Network network(
            String code,
            Network.Kind kind,
            Network.Joining joining,
            String role,
            Map<String, String> name,
            Map<String, String> purpose) {
        Instant now = Instant.now(clock);
        Network network = new Network();
        network.code = code;
        network.kind = kind;
        network.joining = joining;
        network.openToRole = role;
        network.name = name;
        network.purpose = purpose;
        network.createdAt = now;
        network.updatedAt = now;
        network.persist();
        return network;
    }

    private void member(Network network, Person person, NetworkMember.Role role) {
        Instant now = Instant.now(clock);
        NetworkMember member = new NetworkMember();
        member.network = network;
        member.personId = person.id;
        member.role = role;
        member.status = NetworkMember.Status.ACTIVE;
        member.organisation = person.agency;
        member.country = person.country;
        member.organisationKind = "HU".equals(person.country)
                ? NetworkMember.OrganisationKind.EU_AGENCY
                : NetworkMember.OrganisationKind.PARTNER_COUNTRY;
        if (member.organisationKind == NetworkMember.OrganisationKind.EU_AGENCY) {
            member.country = null;
        }
        member.askedAt = now;
        member.joinedAt = now;
        member.persist();
    }

    private Map<String, Person> people() {
        Map<String, Person> people = new LinkedHashMap<>();
        Instant now = Instant.now(clock);
        for (String[] p : PEOPLE) {
            Person person =
                    Person.<Person>find("email", p[0] + "@demo.topcop.eu").firstResult();
            if (person == null) {
                person = new Person();
                person.username = p[0];
                person.email = p[0] + "@demo.topcop.eu";
                person.name = p[1];
                person.country = p[2];
                person.agency = p[3];
                person.createdAt = now;
                person.updatedAt = now;
                person.persist();
            }
            people.put(p[0], person);
        }
        return people;
    }

    private static final Map<String, String> FORUM_NAME = Map.of(
            "en", "Strategic Cooperation Forum",
            "ru", "Форум стратегического сотрудничества",
            "uk", "Форум стратегічного співробітництва",
            "ka", "სტრატეგიული თანამშრომლობის ფორუმი",
            "hy", "Ռազմավարական համագործակցության ֆորում",
            "az", "Strateji Əməkdaşlıq Forumu",
            "ro", "Forumul de cooperare strategică");

    private static final Map<String, String> FORUM_PURPOSE = Map.of(
            "en",
                    "Heads of training and international cooperation of the partner countries' law enforcement agencies"
                            + " agree the priorities of the training portfolio, follow the capability gaps and validate needs"
                            + " and solutions.",
            "ru",
                    "Руководители подразделений подготовки и международного сотрудничества правоохранительных органов"
                            + " стран-партнёров согласуют приоритеты учебного портфеля, отслеживают пробелы в потенциале и"
                            + " утверждают потребности и решения.",
            "uk",
                    "Керівники підрозділів підготовки та міжнародного співробітництва правоохоронних органів"
                            + " країн-партнерів узгоджують пріоритети навчального портфеля, відстежують прогалини у"
                            + " спроможностях і затверджують потреби та рішення.",
            "ka",
                    "პარტნიორი ქვეყნების სამართალდამცავი უწყებების სწავლებისა და საერთაშორისო თანამშრომლობის"
                            + " ხელმძღვანელები ათანხმებენ სასწავლო პორტფელის პრიორიტეტებს, ადევნებენ თვალს შესაძლებლობების"
                            + " ხარვეზებს და ამტკიცებენ საჭიროებებსა და გადაწყვეტილებებს.",
            "hy",
                    "Գործընկեր երկրների իրավապահ մարմինների վերապատրաստման և միջազգային համագործակցության"
                            + " ղեկավարները համաձայնեցնում են ուսումնական պորտֆելի առաջնահերթությունները, հետևում են"
                            + " կարողությունների բացերին և հաստատում կարիքներն ու լուծումները։",
            "az",
                    "Tərəfdaş ölkələrin hüquq-mühafizə orqanlarının təlim və beynəlxalq əməkdaşlıq rəhbərləri təlim"
                            + " portfelinin prioritetlərini razılaşdırır, imkan boşluqlarını izləyir, ehtiyacları və həlləri"
                            + " təsdiqləyirlər.",
            "ro",
                    "Conducătorii structurilor de formare și de cooperare internațională ale autorităților de aplicare a"
                            + " legii din țările partenere convin prioritățile portofoliului de formare, urmăresc lacunele de"
                            + " capacitate și validează nevoile și soluțiile.");

    private static final Map<String, String> SUPPORT_NAME = Map.of(
            "en", "EMPACT Support Network",
            "ru", "Сеть поддержки EMPACT",
            "uk", "Мережа підтримки EMPACT",
            "ka", "EMPACT-ის მხარდაჭერის ქსელი",
            "hy", "EMPACT-ի աջակցության ցանց",
            "az", "EMPACT Dəstək Şəbəkəsi",
            "ro", "Rețeaua de sprijin EMPACT");

    private static final Map<String, String> SUPPORT_PURPOSE = Map.of(
            "en",
                    "National EMPACT contact points and practitioners prepare the partner countries' participation in"
                            + " operational actions and Joint Action Days, through thematic workshops and shared guidelines.",
            "ru",
                    "Национальные контактные лица EMPACT и практики готовят участие стран-партнёров в оперативных"
                            + " мероприятиях и днях совместных действий через тематические семинары и общие руководства.",
            "uk",
                    "Національні контактні особи EMPACT і практики готують участь країн-партнерів в оперативних заходах"
                            + " і днях спільних дій через тематичні семінари та спільні настанови.",
            "ka",
                    "EMPACT-ის ეროვნული საკონტაქტო პირები და პრაქტიკოსები თემატური სემინარებითა და საერთო"
                            + " სახელმძღვანელოებით ამზადებენ პარტნიორი ქვეყნების მონაწილეობას ოპერატიულ ღონისძიებებსა და"
                            + " ერთობლივი მოქმედების დღეებში.",
            "hy",
                    "EMPACT-ի ազգային կոնտակտային անձինք և պրակտիկ մասնագետները թեմատիկ սեմինարների և ընդհանուր"
                            + " ուղեցույցների միջոցով նախապատրաստում են գործընկեր երկրների մասնակցությունը օպերատիվ"
                            + " միջոցառումներին և համատեղ գործողությունների օրերին։",
            "az",
                    "EMPACT milli əlaqə məntəqələri və praktiklər tematik seminarlar və ümumi təlimatlar vasitəsilə"
                            + " tərəfdaş ölkələrin əməliyyat tədbirlərində və Birgə Fəaliyyət Günlərində iştirakını hazırlayır.",
            "ro",
                    "Punctele naționale de contact EMPACT și practicienii pregătesc participarea țărilor partenere la"
                            + " acțiuni operative și zile de acțiune comună, prin ateliere tematice și ghiduri comune.");

    private static final Map<String, String> POINTS_NAME = Map.of(
            "en", "National contact points",
            "ru", "Национальные контактные пункты",
            "uk", "Національні контактні пункти",
            "ka", "ეროვნული საკონტაქტო პუნქტები",
            "hy", "Ազգային կոնտակտային կետեր",
            "az", "Milli əlaqə məntəqələri",
            "ro", "Puncte naționale de contact");

    private static final Map<String, String> POINTS_PURPOSE = Map.of(
            "en",
                    "The national coordinators of the partner countries: nominations, quotas and the follow-up of"
                            + " trained officers, country by country.",
            "ru",
                    "Национальные координаторы стран-партнёров: выдвижение кандидатов, квоты и сопровождение"
                            + " обученных сотрудников по каждой стране.",
            "uk",
                    "Національні координатори країн-партнерів: висунення кандидатів, квоти та супровід навчених"
                            + " працівників у кожній країні.",
            "ka",
                    "პარტნიორი ქვეყნების ეროვნული კოორდინატორები: კანდიდატების წარდგენა, კვოტები და გადამზადებული"
                            + " თანამშრომლების შემდგომი თვალყურის დევნება ქვეყნების მიხედვით.",
            "hy",
                    "Գործընկեր երկրների ազգային համակարգողները՝ թեկնածուների առաջադրում, քվոտաներ և վերապատրաստված"
                            + " աշխատակիցների հետագա ուղեկցում՝ ըստ երկրների։",
            "az",
                    "Tərəfdaş ölkələrin milli koordinatorları: namizədlərin irəli sürülməsi, kvotalar və təlim keçmiş"
                            + " əməkdaşların ölkələr üzrə izlənməsi.",
            "ro",
                    "Coordonatorii naționali ai țărilor partenere: nominalizări, cote și urmărirea ofițerilor instruiți,"
                            + " țară cu țară.");

    private static final Map<String, String> EXPERT_NAME = Map.of(
            "en", "Expert network: ",
            "ru", "Экспертная сеть: ",
            "uk", "Експертна мережа: ",
            "ka", "ექსპერტთა ქსელი: ",
            "hy", "Փորձագիտական ցանց՝ ",
            "az", "Ekspert şəbəkəsi: ",
            "ro", "Rețea de experți: ");

    private static final Map<String, String> EXPERT_PURPOSE = Map.of(
            "en",
                    "Investigators, analysts and prosecutors of the priority share cases, methods and good practices"
                            + " and develop guidelines together.",
            "ru",
                    "Следователи, аналитики и прокуроры по данному приоритету обмениваются делами, методами и"
                            + " передовым опытом и вместе разрабатывают руководства.",
            "uk",
                    "Слідчі, аналітики та прокурори за цим пріоритетом обмінюються справами, методами й найкращими"
                            + " практиками та разом розробляють настанови.",
            "ka",
                    "ამ პრიორიტეტის გამომძიებლები, ანალიტიკოსები და პროკურორები ცვლიან საქმეებს, მეთოდებსა და"
                            + " კარგ პრაქტიკას და ერთად ამუშავებენ სახელმძღვანელოებს.",
            "hy",
                    "Այս առաջնահերթության քննիչները, վերլուծաբաններն ու դատախազները փոխանակում են գործեր, մեթոդներ"
                            + " և լավ փորձ ու միասին մշակում ուղեցույցներ։",
            "az",
                    "Bu prioritet üzrə müstəntiqlər, analitiklər və prokurorlar işləri, metodları və yaxşı təcrübələri"
                            + " bölüşür və birlikdə təlimatlar hazırlayırlar.",
            "ro",
                    "Anchetatorii, analiștii și procurorii priorității își împărtășesc cazuri, metode și bune practici"
                            + " și elaborează împreună ghiduri.");
}
