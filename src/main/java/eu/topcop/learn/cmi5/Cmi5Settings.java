package eu.topcop.learn.cmi5;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits a cmi5 package must keep before anything of it is stored: counted on the bytes actually inflated, never
 * on the sizes a zip's headers claim.
 */
@ConfigMapping(prefix = "lms.cmi5")
public interface Cmi5Settings {

    /** The most entries (files and folders) a package may hold. */
    @WithDefault("5000")
    int maxEntries();

    /** The largest file of a package, uncompressed, in bytes (20 MB). */
    @WithDefault("20971520")
    long maxEntryBytes();

    /** All files of a package together, uncompressed, in bytes (200 MB). */
    @WithDefault("209715200")
    long maxTotalBytes();

    /** How many times larger than its compressed bytes a file may inflate: beyond, it is a zip bomb. */
    @WithDefault("100")
    int maxRatio();

    /** How long a launch's fetch URL may be redeemed (cmi5 8.2: short-lived; the AU fetches as it loads). */
    @WithDefault("PT5M")
    java.time.Duration fetchLifetime();

    /**
     * How long an open session may stay silent before the LMS records it abandoned (cmi5 9.3.7): a learner who closes
     * the window sends nothing more, so the LMS decides; a new launch of the AU decides at once.
     */
    @WithDefault("PT3H")
    java.time.Duration sessionTimeout();

    /** How often the job looks for sessions silent past the timeout (a scheduler period: {@code 10m}). */
    @WithDefault("10m")
    String abandonEvery();
}
