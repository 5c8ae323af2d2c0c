package eu.topcop.learn.platform.privacy;

/** What becomes of a kind of personal data when its person is erased. */
public enum Fate {
    /** The rows are deleted. */
    DELETED,
    /** The rows stay, so that counts and figures stay right, but every identifying field and free text is emptied. */
    CLEARED,
    /** The rows stay as they are, but they point to the pseudonymous record and name the person by the pseudonym. */
    PSEUDONYMISED
}
