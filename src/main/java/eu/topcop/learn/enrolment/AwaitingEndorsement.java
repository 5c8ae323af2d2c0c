package eu.topcop.learn.enrolment;

import eu.topcop.learn.platform.web.DomainException;

/**
 * A course manager tried to decide on an application that its applicant's national coordinator has not
 * endorsed yet: 409, and pages say it in the reader's language.
 */
public class AwaitingEndorsement extends DomainException.Conflict {

    public AwaitingEndorsement(Long application, String country) {
        super("Application " + application + " waits for the endorsement of the national coordinator of " + country
                + ": a course manager decides once it is endorsed");
    }
}
