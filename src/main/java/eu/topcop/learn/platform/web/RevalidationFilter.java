package eu.topcop.learn.platform.web;

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

/**
 * Conditional GET for {@link Revalidated} answers. The ETag is a digest of the JSON the client would get, so
 * it changes with the language, the roles and the date as well as the data; Last-Modified is the data's
 * change time. A match answers 304 with no body: on a slow link the list is not sent again.
 */
@Provider
@Revalidated
public class RevalidationFilter implements ContainerResponseFilter {

    @Inject
    ObjectMapper mapper;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200 || !response.hasEntity()) {
            return;
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(response.getEntity());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer as JSON", e);
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
        } else {
            response.setEntity(body, response.getEntityAnnotations(), MediaType.APPLICATION_JSON_TYPE);
        }
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
