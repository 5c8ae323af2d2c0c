package eu.topcop.learn.lrs;

import eu.topcop.learn.enrolment.Person;

/**
 * A learner as an xAPI agent, the one way the system writes them: an account on the system's home page named by
 * the username (or by the person record when there is none). The statements the system writes and the launch
 * credentials it issues name the learner alike, so content launched for a learner reports as that learner.
 */
public final class LearnerAgent {

    private LearnerAgent() {}

    public static String accountName(Person person) {
        return person.username != null ? person.username : "person-" + person.id;
    }

    /** The agent's identifier, as the statement store's actor column and {@link AgentRules#identifier} write it. */
    static String identifier(String home, Person person) {
        return "account:" + home + "|" + accountName(person);
    }
}
