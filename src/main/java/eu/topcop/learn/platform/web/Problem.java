package eu.topcop.learn.platform.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An error of the JSON API, as RFC 9457 {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        String reference) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of the request, named by its path (for example {@code language} or {@code items[2].name}). */
    public record FieldError(String field, String message) {}
}
