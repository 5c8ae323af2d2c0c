package eu.topcop.learn.lrs;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Two headers on every answer under {@code /xapi}, refusals and unknown paths included, set as the answer leaves:
 * {@code Date} (RFC 9110 asks it of a server with a clock; Vert.x sends none), and for GET and HEAD
 * {@code X-Experience-API-Consistent-Through} (the specification asks it of the statement resource). Clients that
 * wait for a statement, the ADL conformance suite among them, read both from whatever they get, a 404 for an id not
 * stored yet too, and give up when either is missing. Statements are committed before their POST or PUT answers,
 * so every statement stored before now is in what any read sees.
 */
@ApplicationScoped
public class XapiConsistency {

    static final String HEADER = "X-Experience-API-Consistent-Through";

    /** Before CORS ({@link XapiCors#ORDER}), so that its preflight answers carry the Date too. */
    static final int ORDER = XapiCors.ORDER - 1;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::headers);
    }

    void headers(RoutingContext context) {
        String path = context.request().path();
        if (path != null && (path.equals("/xapi") || path.startsWith("/xapi/"))) {
            HttpMethod method = context.request().method();
            boolean read = method == HttpMethod.GET || method == HttpMethod.HEAD;
            context.addHeadersEndHandler(ignored -> {
                Instant now = Instant.now();
                var headers = context.response().headers();
                headers.set("Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
                if (read && !headers.contains(HEADER)) {
                    headers.set(HEADER, now.truncatedTo(ChronoUnit.MILLIS).toString());
                }
            });
        }
        context.next();
    }
}
