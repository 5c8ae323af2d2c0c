package eu.topcop.learn.platform.outbox;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * A receiving system for the outbox tests that is away for a while: a payload {@code "key:n"} fails its first
 * {@code n} deliveries, as a mail server or Keycloak that is down would.
 */
@ApplicationScoped
public class FlakyHandler implements OutboxHandler {

    static final String KIND = "test.flaky";

    private final Map<String, AtomicInteger> tries = new ConcurrentHashMap<>();
    private final List<String> delivered = new CopyOnWriteArrayList<>();

    /** How often the message with this key was delivered (methods, not fields: callers hold a client proxy). */
    long deliveries(String key) {
        return delivered.stream().filter(key::equals).count();
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void deliver(String payload) {
        String[] parts = payload.split(":");
        int attempt = tries.computeIfAbsent(parts[0], k -> new AtomicInteger()).incrementAndGet();
        if (attempt <= Integer.parseInt(parts[1])) {
            throw new IllegalStateException("receiver away (attempt " + attempt + ")");
        }
        delivered.add(parts[0]);
    }
}
