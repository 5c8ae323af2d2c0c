package eu.topcop.learn.browser;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;

/**
 * axe-core on every page a browser test visits, at WCAG 2.2 AA: after each load and after each htmx swap. The
 * violations are collected per address and fail the test when its browser profile closes, so a test cannot forget
 * the check and still sees its own assertions fail first.
 */
final class AxeCheck {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the issue promises, nothing from the "best practice" set. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String AFTER_SWAP = "__axeAfterSwap";

    /** One line per rule, element and address: the same violation on a page seen twice is reported once. */
    private final Set<String> violations = new LinkedHashSet<>();

    private AxeCheck() {}

    /**
     * The profile, checked: every page opened in it is checked after each load and htmx swap; {@code close()}
     * closes it and then fails listing every violation seen.
     */
    static BrowserContext attachTo(BrowserContext context) {
        AxeCheck check = new AxeCheck();
        context.exposeBinding(AFTER_SWAP, (source, args) -> {
            check.check(source.page());
            return null;
        });
        // htmx:afterSettle fires once the swapped content has its final classes and attributes.
        context.addInitScript("document.addEventListener('htmx:afterSettle', () => window." + AFTER_SWAP + "());");
        context.onPage(page -> page.onLoad(check::check));
        return (BrowserContext) Proxy.newProxyInstance(
                AxeCheck.class.getClassLoader(), new Class<?>[] {BrowserContext.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(context, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("close")) {
                        check.failOnViolations();
                    }
                    return result;
                });
    }

    private void check(Page page) {
        violations.addAll(violationsOf(page));
    }

    private static List<String> violationsOf(Page page) {
        String url = page.url();
        // Keycloak's sign-in form is Keycloak's page, not ours; about:blank and data: pages have nothing to check.
        if (!url.startsWith("http") || url.contains("/realms/")) {
            return List.of();
        }
        AxeResults results;
        try {
            results = new AxeBuilder(page)
                    .withTags(WCAG_22_AA)
                    .setLegacyMode(true)
                    .analyze();
        } catch (PlaywrightException | IllegalStateException e) {
            // The page moved on (a redirect, a click that navigates) while axe ran: its next load is checked.
            return List.of();
        } catch (RuntimeException e) {
            // AxeBuilder wraps the same navigation race ("Problematic axe-source, unable to inject") around it.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof PlaywrightException
                        || (cause.getMessage() != null
                                && cause.getMessage().contains("Execution context was destroyed"))) {
                    return List.of();
                }
            }
            throw e;
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(rule.getId() + " (" + rule.getImpact() + ") at " + node.getTarget() + " on "
                        + url.replaceFirst("^https?://[^/]+", "") + ": " + rule.getHelp() + " | " + node.getHtml());
            }
        }
        return found;
    }

    private void failOnViolations() {
        if (!violations.isEmpty()) {
            throw new AssertionError("axe-core found " + violations.size() + " WCAG 2.2 AA violation(s):\n  "
                    + String.join("\n  ", violations));
        }
    }
}
