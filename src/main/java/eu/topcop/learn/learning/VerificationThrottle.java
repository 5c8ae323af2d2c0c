package eu.topcop.learn.learning;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import eu.topcop.learn.platform.web.ClientThrottle;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Slows down guessing at the public certificate verification (page and API share one bucket per client address
 * and node). The address is the one Quarkus resolves: behind a proxy it names in
 * {@code quarkus.http.proxy.trusted-proxies}, the client that proxy forwards for.
 */
@ApplicationScoped
class VerificationThrottle {

    @ConfigProperty(name = "lms.certificates.verification.burst", defaultValue = "20")
    int burst;

    @ConfigProperty(name = "lms.certificates.verification.per-minute", defaultValue = "20")
    int perMinute;

    @Inject
    CurrentVertxRequest request;

    private ClientThrottle throttle;

    @PostConstruct
    void start() {
        throttle = new ClientThrottle(burst, perMinute);
    }

    /** Lets this request verify, or refuses it with a 429 and the seconds to wait. */
    void check() {
        throttle.acquire(client(), "certificate verifications");
    }

    private String client() {
        RoutingContext context = request.getCurrent();
        SocketAddress address = context == null ? null : context.request().remoteAddress();
        return address == null || address.hostAddress() == null ? "unknown" : address.hostAddress();
    }
}
