package eu.topcop.learn.platform.privacy;

/**
 * A feature's personal data, in one place (Moodle's privacy provider, for the EU's GDPR): what it holds, a
 * person's export, and their erasure. One bean per feature implements it; the privacy service finds them all, so a
 * feature that keeps personal data and has no such bean fails PrivacyDeclarationTest and the erasure scan.
 *
 * <p>Erasure keeps what the portfolio's figures count (the cascade, participants, completions) on a pseudonymous
 * record, and removes everything that says who the person was: names, usernames, e-mails, the Keycloak subject,
 * and the free texts they wrote or that were written about them.
 */
public interface PersonalData {

    /** What the feature holds and what becomes of it; the feature's name keys its section of an export. */
    Declaration declaration();

    /** Everything the feature holds about the person; never another person's name, username or e-mail. */
    Section export(PersonRef person);

    /**
     * Erases the person's data in the caller's transaction (all features erase together, or none does). The
     * person reference still carries every identifier, so texts that mention them can be found; the pseudonym
     * replaces them where a record stays.
     *
     * @return how many rows were deleted or changed, for the audit trail
     */
    int erase(PersonRef person, Erasure erasure);
}
