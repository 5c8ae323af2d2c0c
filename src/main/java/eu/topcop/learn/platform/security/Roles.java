package eu.topcop.learn.platform.security;

/** The realm roles of the Keycloak realm (deploy/keycloak), as used in {@code @RolesAllowed}. */
public final class Roles {

    public static final String TRAINEE = "trainee";
    public static final String TRAINER = "trainer";
    public static final String NATIONAL_COORDINATOR = "national-coordinator";
    public static final String COURSE_MANAGER = "course-manager";
    public static final String CONTENT_AUTHOR = "content-author";
    public static final String ADMIN = "admin";

    /** In the order pages name them: the most specific responsibility first. */
    public static final java.util.List<String> ALL =
            java.util.List.of(ADMIN, COURSE_MANAGER, CONTENT_AUTHOR, NATIONAL_COORDINATOR, TRAINER, TRAINEE);

    private Roles() {}
}
