package eu.topcop.learn.networks.library;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The library's limits. */
@ConfigMapping(prefix = "lms.library")
public interface LibrarySettings {

    /** The largest file a version may carry, in bytes (20 MB). */
    @WithDefault("20971520")
    long fileMaxBytes();
}
