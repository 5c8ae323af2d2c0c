package eu.topcop.learn.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.impl.ServerCookie;

/**
 * Conditional GET for {@link Revalidated} answers. The ETag is a digest of the body the client would get (the
 * JSON, or the rendered page), so it changes with the language, the roles, the navigation counts and the date
 * as well as the data; Last-Modified is the data's change time where the answer names one. A match answers 304
 * with no body: on a slow link the list or the page is not sent again. An answer that sets a cookie (a first
 * visit's CSRF token) or carries a one-time notice ({@code ?done=}) is never revalidated: the next visit must
 * see it differ.
 */
@Provider
@Revalidated
public class RevalidationFilter implements ContainerResponseFilter {

    @Inject
    ObjectMapper mapper;

    @Inject
    Csrf csrf;

    @Inject
    CurrentVertxRequest vertxRequest;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod())
                || response.getStatus() != 200
                || !response.hasEntity()
                || request.getUriInfo().getQueryParameters().containsKey("done")) {
            return;
        }
        boolean page = isPage(response);
        byte[] body = page ? rendered(response) : json(response.getEntity());
        // The page's forms carry the CSRF token of the browser's cookie, so it is the same on every visit of the
        // session; a first visit is given a new one with its cookie, and that answer must reach the browser whole.
        boolean newToken = page && csrf.token() != null && csrf.issued();
        if (newToken || setsCookie(response)) {
            return;
        }
        String etag = "\"" + digest(body) + "\"";
        Instant changed = changeTime()
                .map(t -> t.changedAt().truncatedTo(ChronoUnit.SECONDS))
                .orElse(null);

        var headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, etag);
        if (changed != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED, httpDate(changed));
        }
        // Answers depend on who asks and in which language: caches may keep them for this client only, and
        // must ask before reusing them.
        headers.putSingle(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        headers.putSingle(HttpHeaders.VARY, "Authorization, Accept-Language, Cookie");

        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        String ifModifiedSince = request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE);
        boolean current = ifNoneMatch != null
                ? matches(ifNoneMatch, etag)
                : ifModifiedSince != null && changed != null && notAfter(changed, ifModifiedSince);
        if (current) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
            headers.remove("X-Total-Count");
        } else if (!page) {
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** Within revalidated routes a text answer is a rendered page; the JSON ones answer records. */
    private static boolean isPage(ContainerResponseContext response) {
        Object entity = response.getEntity();
        return entity instanceof TemplateInstance || entity instanceof String;
    }

    /**
     * A page returned as a TemplateInstance is already rendered when it comes back without a Response; one
     * inside a Response is rendered here, where its digest is needed, instead of by Quarkus's filter after.
     */
    private static byte[] rendered(ContainerResponseContext response) {
        Object entity = response.getEntity();
        String html = entity instanceof TemplateInstance template ? template.render() : (String) entity;
        if (entity instanceof TemplateInstance) {
            response.setEntity(html, response.getEntityAnnotations(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        }
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] json(Object entity) {
        try {
            return mapper.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer as JSON", e);
        }
    }

    /** A cookie set by this answer (here or by the sign-in mechanism on the Vert.x response) must reach the browser. */
    private boolean setsCookie(ContainerResponseContext response) {
        if (response.getHeaders().containsKey(HttpHeaders.SET_COOKIE)) {
            return true;
        }
        var current = vertxRequest.getCurrent();
        if (current == null) {
            return false;
        }
        return current.response().headers().contains(HttpHeaders.SET_COOKIE)
                || current.request().cookies().stream()
                        .anyMatch(c -> c instanceof ServerCookie cookie && cookie.isChanged());
    }

    private java.util.Optional<Revalidated.ChangeTime> changeTime() {
        Revalidated annotation = resource.getResourceMethod().getAnnotation(Revalidated.class);
        if (annotation == null) {
            annotation = resource.getResourceClass().getAnnotation(Revalidated.class);
        }
        if (annotation == null || annotation.value() == Revalidated.ChangeTime.class) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(
                Arc.container().instance(annotation.value()).get());
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(etag));
    }

    private static boolean notAfter(Instant changed, String ifModifiedSince) {
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !changed.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
