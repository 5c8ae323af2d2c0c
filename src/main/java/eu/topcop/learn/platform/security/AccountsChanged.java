package eu.topcop.learn.platform.security;

/**
 * Fired (CDI event) after the LMS itself changed accounts in Keycloak (made one, deleted one, granted a role), so
 * that what is kept from Keycloak in memory (the coordinators of each country) is asked again.
 */
public record AccountsChanged(String subject) {}
