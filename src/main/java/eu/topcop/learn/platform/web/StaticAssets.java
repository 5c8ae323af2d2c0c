package eu.topcop.learn.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Versioned static URLs ({@code inject:assets} in the layout). The layout links {@code /static/app.css?v=HASH},
 * HASH being a digest of the files under /static as this build ships them: a browser keeps such a file for a
 * year without asking again, and a new build links a new address, so nobody sees an old stylesheet. WebJars
 * carry their version in the path already. An address without the current version (a bookmark, an old page)
 * still works and keeps Quarkus's default lifetime of a day ({@code quarkus.http.static-resources.max-age}).
 *
 * <p>Static files are served by Vert.x, not by JAX-RS, so this is a route ahead of the static handler rather
 * than a {@link RevalidationFilter}-like response filter; the header is set as the headers go out, after the
 * static handler has written its own.
 */
@Named("assets")
@Singleton
public class StaticAssets {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** The files the version covers: all of /static that a page links. */
    private static final List<String> FILES = List.of("app.css", "favicon.svg", "dashboard-export.js");

    /** After {@link HttpLimits} (-1000), before authentication (-200) and the static handler. */
    static final int ORDER = -900;

    private final String version = digest();

    /** The version query parameter value of this build, for {@code ?v=}. */
    public String version() {
        return version;
    }

    void install(@Observes Router router) {
        router.route("/static/*").order(ORDER).handler(this::versioned);
        router.route("/webjars/*").order(ORDER).handler(this::immutable);
    }

    void versioned(RoutingContext context) {
        if (version.equals(context.request().getParam("v"))) {
            immutable(context);
        } else {
            context.next();
        }
    }

    void immutable(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            if (context.response().getStatusCode() == 200) {
                context.response().headers().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
            }
        });
        context.next();
    }

    private static String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String file : FILES) {
                try (InputStream in = StaticAssets.class.getResourceAsStream("/META-INF/resources/static/" + file)) {
                    if (in == null) {
                        throw new IllegalStateException("No static file " + file);
                    }
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
