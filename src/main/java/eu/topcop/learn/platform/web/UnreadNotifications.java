package eu.topcop.learn.platform.web;

/**
 * How many notifications the signed-in person has not read, for the header of every page. The layout is the
 * platform's and notifications are a feature's, so the feature provides this (the platform depends on no feature).
 */
public interface UnreadNotifications {

    /** Of the person signed in with this token subject (or, without one, this user name); 0 for nobody known. */
    long of(String subject, String username);
}
