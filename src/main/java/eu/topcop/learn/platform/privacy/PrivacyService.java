package eu.topcop.learn.platform.privacy;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import eu.topcop.learn.platform.web.DomainException;

/**
 * Export and erasure of a person across every feature, through the features' {@link PersonalData} beans: the
 * platform knows no feature, and a new feature takes part by declaring its bean.
 */
@ApplicationScoped
public class PrivacyService {

    /** As long as the column: the reason is for the audit trail, not a file on the person. */
    public static final int REASON_LENGTH = 1000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    /** Why an erasure was refused: the pages say it in the reader's language, the API names the field. */
    public enum Refusal {
        REASON_MISSING,
        REASON_TOO_LONG,
        REASON_NAMES_PERSON,
        SELF
    }

    public static final class Refused extends DomainException.RuleViolation {
        private final Refusal refusal;

        Refused(Refusal refusal, String field, String message) {
            super(field, message);
            this.refusal = refusal;
            because(
                    field,
                    PrivacyMessages.class,
                    switch (refusal) {
                        case REASON_MISSING -> "erasure_error_reason_missing";
                        case REASON_TOO_LONG -> "erasure_error_reason_long";
                        case REASON_NAMES_PERSON -> "erasure_error_reason_names";
                        case SELF -> "erasure_error_self";
                    });
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /** A person's export: per feature, per kind of data, the records with their fields. */
    public record Export(Instant compiledAt, Map<String, Map<String, List<Map<String, Object>>>> features) {}

    @Inject
    Instance<PersonalData> features;

    @Inject
    PersonDirectory directory;

    @Inject
    Clock clock;

    @Inject
    KeycloakAccounts accounts;

    /** The features' beans, in a fixed order (by feature name). */
    public List<PersonalData> providers() {
        return features.stream()
                .sorted(Comparator.comparing(p -> p.declaration().feature()))
                .toList();
    }

    public List<Declaration> declarations() {
        return providers().stream().map(PersonalData::declaration).toList();
    }

    /** The signed-in person's sections, feature by feature (empty ones left out). */
    @Transactional
    public List<Section> mine() {
        return sections(directory.signedIn());
    }

    @Transactional
    public List<Section> sections(PersonRef person) {
        return providers().stream()
                .map(p -> p.export(person))
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The sections as a document for JSON: feature, kind and field names as keys. */
    public Export document(List<Section> sections) {
        Map<String, Map<String, List<Map<String, Object>>>> byFeature = new LinkedHashMap<>();
        for (Section section : sections) {
            Map<String, List<Map<String, Object>>> kinds =
                    byFeature.computeIfAbsent(section.feature(), f -> new LinkedHashMap<>());
            for (Section.Group group : section.groups()) {
                kinds.put(
                        group.kind().key(),
                        group.records().stream()
                                .map(record -> {
                                    Map<String, Object> fields = new LinkedHashMap<>();
                                    record.forEach((field, value) -> fields.put(field.key(), value));
                                    return fields;
                                })
                                .toList());
            }
        }
        return new Export(Instant.now(clock), byFeature);
    }

    public List<PersonRef> find(String words) {
        return words == null || words.isBlank() ? List.of() : directory.find(words.strip(), 20);
    }

    /** A person an administrator is about to erase, and what is kept about them. */
    public record Review(PersonRef person, List<Section> sections) {}

    @Transactional
    public Review review(long personId) {
        PersonRef person =
                directory.byId(personId).orElseThrow(() -> new DomainException.NotFound("No person " + personId));
        return new Review(person, person.erased() ? List.of() : sections(person));
    }

    /**
     * Erases the person in every feature, in one transaction, and keeps the audit record. The reason may not name
     * the person (the audit trail keeps no identity), and an administrator does not erase themselves.
     */
    @Transactional
    public PrivacyErasure erase(long personId, String reason, String by, String bySubject) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new Refused(Refusal.REASON_MISSING, "reason", "Say why the person is erased");
        }
        if (why.length() > REASON_LENGTH) {
            throw new Refused(
                    Refusal.REASON_TOO_LONG, "reason", "The reason is longer than " + REASON_LENGTH + " characters");
        }
        PersonRef person =
                directory.lock(personId).orElseThrow(() -> new DomainException.NotFound("No person " + personId));
        if (person.erased()) {
            throw new DomainException.Conflict("Person " + personId + " was already erased")
                    .because("", PrivacyMessages.class, "erasure_error_already");
        }
        if ((person.subject() != null && person.subject().equals(bySubject))
                || (person.username() != null && person.username().equals(by))) {
            throw new Refused(
                    Refusal.SELF, "person", "An administrator does not erase themselves; ask another administrator");
        }
        String lower = why.toLowerCase(Locale.ROOT);
        if (person.identifiers().stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)))) {
            throw new Refused(
                    Refusal.REASON_NAMES_PERSON,
                    "reason",
                    "The reason must not name the person: the audit trail keeps no identity");
        }
        Erasure erasure = new Erasure(pseudonym(), Instant.now(clock), by);
        Map<String, Integer> records = new LinkedHashMap<>();
        for (PersonalData feature : providers()) {
            records.put(feature.declaration().feature(), feature.erase(person, erasure));
        }
        PrivacyErasure audit = new PrivacyErasure();
        if (person.subject() == null) {
            audit.account = PrivacyErasure.Account.NONE;
        } else if (accounts.manages()) {
            accounts.deleteLater(person.subject(), erasure.pseudonym(), personId);
            audit.account = PrivacyErasure.Account.QUEUED;
        } else {
            audit.account = PrivacyErasure.Account.BY_HAND;
        }
        audit.reference = erasure.pseudonym();
        audit.erasedAt = erasure.at();
        audit.erasedBy = by;
        audit.reason = why;
        audit.records = records;
        audit.persist();
        return audit;
    }

    public List<PrivacyErasure> erasures() {
        return PrivacyErasure.<PrivacyErasure>find("order by erasedAt desc, id desc")
                .page(0, 100)
                .list();
    }

    public PrivacyErasure erasure(String reference) {
        return PrivacyErasure.<PrivacyErasure>find("reference", reference)
                .firstResultOptional()
                .orElseThrow(() -> new DomainException.NotFound("No erasure " + reference));
    }

    private static String pseudonym() {
        StringBuilder name = new StringBuilder("erased-");
        for (int i = 0; i < 12; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
