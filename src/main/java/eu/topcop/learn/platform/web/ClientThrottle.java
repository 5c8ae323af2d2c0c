package eu.topcop.learn.platform.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code burst} requests at once, then {@code perMinute} a minute. It slows
 * down whoever guesses at a public door (certificate verification) without a shared store: each node keeps its
 * own buckets, so behind a load balancer with n nodes a client gets at most n times the rate, which is still
 * slow enough for guessing to be hopeless, and nodes stay stateless. A node forgets a client once their bucket is
 * full again; it never holds more than {@link #MAX_CLIENTS} buckets (beyond that it starts over: a client with
 * that many addresses could have had as many buckets anyway).
 */
public final class ClientThrottle {

    static final int MAX_CLIENTS = 10_000;

    private final int burst;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public ClientThrottle(int burst, int perMinute) {
        this(burst, perMinute, System::nanoTime);
    }

    ClientThrottle(int burst, int perMinute, LongSupplier nanoTime) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("A throttle lets at least one request through");
        }
        this.burst = burst;
        this.tokensPerNano = perMinute / 60e9;
        this.nanoTime = nanoTime;
    }

    /** Takes one request from the client's bucket, or refuses it with the seconds to wait. */
    public void acquire(String client, String what) {
        long now = nanoTime.getAsLong();
        if (buckets.size() >= MAX_CLIENTS) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        long waitNanos;
        synchronized (bucket) {
            bucket.refill(now, burst, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return;
            }
            waitNanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
        }
        throw new DomainException.TooManyRequests(
                "Too many " + what + " from your address: try again in a moment",
                (waitNanos + 999_999_999) / 1_000_000_000);
    }

    /** How many clients the node remembers now. */
    int clients() {
        return buckets.size();
    }

    private void forgetIdle(long now) {
        buckets.values().removeIf(b -> {
            synchronized (b) {
                b.refill(now, burst, tokensPerNano);
                return b.tokens >= burst;
            }
        });
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.clear();
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }

        void refill(long now, int burst, double tokensPerNano) {
            tokens = Math.min(burst, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
