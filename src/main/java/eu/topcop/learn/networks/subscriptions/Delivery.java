package eu.topcop.learn.networks.subscriptions;

import java.util.Locale;
import java.util.Optional;

/** How a person is told of new posts in what they follow; every post is also in their in-app notifications. */
public enum Delivery {
    /** An e-mail for each post, as it is written. */
    IMMEDIATE,
    /** One e-mail a day listing the threads with new posts (the default: few mails, nothing missed). */
    DAILY,
    /** No e-mail: the in-app notifications only. */
    IN_APP;

    public static Optional<Delivery> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
