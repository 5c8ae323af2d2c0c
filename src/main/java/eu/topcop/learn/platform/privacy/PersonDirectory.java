package eu.topcop.learn.platform.privacy;

import java.util.List;
import java.util.Optional;

/**
 * Who the people are, for privacy requests: implemented by the feature that keeps the person records (enrolment),
 * so that the platform need not know it.
 */
public interface PersonDirectory {

    /** The signed-in person, bound to their account as everywhere else in the LMS. */
    PersonRef signedIn();

    Optional<PersonRef> byId(long personId);

    /** The person, locked until the end of the caller's transaction (two erasures of one person do not overlap). */
    Optional<PersonRef> lock(long personId);

    /** People not yet erased whose name, username or e-mail contains the words, at most {@code limit}. */
    List<PersonRef> find(String words, int limit);
}
