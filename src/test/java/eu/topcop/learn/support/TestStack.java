package eu.topcop.learn.support;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link EmbeddedStackResource} for every {@code @QuarkusTest} of the suite, so that Quarkus and
 * the stack start once for all of them.
 */
@QuarkusTestResource(value = EmbeddedStackResource.class, restrictToAnnotatedClass = false)
public final class TestStack {

    private TestStack() {}
}
