package eu.topcop.learn.platform.privacy;

import java.time.Instant;

/**
 * One erasure as the features carry it out: the pseudonym that every kept record of the person carries from now on
 * (random, so it says nothing about who they were), when, and which administrator asked for it.
 */
public record Erasure(String pseudonym, Instant at, String by) {}
