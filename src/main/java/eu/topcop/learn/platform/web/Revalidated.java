package eu.topcop.learn.platform.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.ws.rs.NameBinding;

/**
 * JSON answers and pages that a client on a slow link may keep and revalidate: {@link RevalidationFilter} gives
 * them an ETag of their content and the Last-Modified time of {@link #value()}, and answers 304 without a body
 * when the client's copy is still current. Pages name no change time: their navigation counts change without
 * the data behind them, so only the ETag can say they are current.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Revalidated {

    /** The bean that says when the data behind the answers last changed. */
    Class<? extends ChangeTime> value() default ChangeTime.class;

    /** When the data behind some answers last changed. */
    interface ChangeTime {
        java.time.Instant changedAt();
    }
}
