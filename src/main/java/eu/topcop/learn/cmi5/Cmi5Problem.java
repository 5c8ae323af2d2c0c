package eu.topcop.learn.cmi5;

/**
 * One thing wrong with a cmi5 package, where it is: {@code cmi5.xml:12:5} in the course structure, the entry's name for
 * a file of the zip, {@code package} for the package as a whole.
 */
public record Cmi5Problem(String where, String message) {

    @Override
    public String toString() {
        return where + ": " + message;
    }
}
