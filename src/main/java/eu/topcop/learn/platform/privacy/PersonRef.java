package eu.topcop.learn.platform.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Whom a privacy request is about, with every identifier a feature may have stored them under: the person record
 * (enrolment's), the Keycloak subject and username, the e-mail and the name. A feature that keeps one of them in a
 * column or a text finds the person's data by it.
 *
 * @param personId the person record, or {@code null} for someone the LMS knows only by their account
 * @param erased whether the person was already erased (their record is then a pseudonymous tombstone)
 */
public record PersonRef(
        Long personId, String subject, String username, String email, String name, String country, boolean erased) {

    /**
     * The words that name this person in free texts, longest first (an e-mail often contains the username, so it
     * goes before it). The subject is an identifier, never written in a text, but it is looked for all the same.
     */
    public List<String> identifiers() {
        List<String> words = new ArrayList<>();
        for (String word : new String[] {email, subject, name, username}) {
            if (word != null && !word.isBlank() && !words.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
