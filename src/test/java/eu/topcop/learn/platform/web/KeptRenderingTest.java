package eu.topcop.learn.platform.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KeptRenderingTest {

    private final AtomicInteger renders = new AtomicInteger();

    private String render() {
        return "html " + renders.incrementAndGet();
    }

    @Test
    void shouldRenderOnceWhileTheInputsStayEqual() {
        KeptRendering kept = new KeptRendering(10);
        List<Object> inputs = List.of(List.of("a", "b"), "filters");
        assertEquals("html 1", kept.get("en", inputs, this::render));
        assertEquals("html 1", kept.get("en", inputs, this::render));
        // Equal, not the same objects: a kept list read again gives equal values.
        assertEquals("html 1", kept.get("en", List.of(List.of("a", "b"), "filters"), this::render));
        assertEquals(1, renders.get());
    }

    @Test
    void shouldRenderAgainWhenAnInputChangesAndForEachKey() {
        KeptRendering kept = new KeptRendering(10);
        assertEquals("html 1", kept.get("en", List.of("a"), this::render));
        assertEquals("html 2", kept.get("en", List.of("b"), this::render));
        assertEquals("html 2", kept.get("en", List.of("b"), this::render));
        assertEquals("html 3", kept.get("ru", List.of("b"), this::render));
        assertEquals("html 2", kept.get("en", List.of("b"), this::render));
    }

    @Test
    void shouldKeepNoMoreKeysThanItsBound() {
        KeptRendering kept = new KeptRendering(1);
        kept.get("en", List.of("a"), this::render);
        kept.get("ru", List.of("a"), this::render);
        kept.get("ru", List.of("a"), this::render);
        assertEquals(3, renders.get(), "the second key is rendered each time, never kept");
        assertEquals("html 1", kept.get("en", List.of("a"), this::render));
    }
}
