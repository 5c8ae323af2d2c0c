package eu.topcop.learn.platform.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.core.Response;

/**
 * What page resources do with HTML forms: read typed values leniently (an unreadable value is absent, and the
 * service then names the field as missing or wrong) and answer a successful POST with 303 See Other. A date or
 * time the database cannot hold ({@link StoredTime}) is unreadable too.
 */
public final class PageForms {

    private PageForms() {}

    /** A day as an {@code <input type="date">} sends it, or null. */
    public static LocalDate date(String value) {
        try {
            LocalDate day = value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
            return StoredTime.storable(day) ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A time as an {@code <input type="datetime-local">} sends it, or null. */
    public static LocalDateTime dateTime(String value) {
        try {
            LocalDateTime time = value == null || value.isBlank() ? null : LocalDateTime.parse(value.strip());
            return StoredTime.storable(time) ? time : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A whole number, or null. */
    public static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** An identifier (a whole number), or null. */
    public static Long id(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** After a POST, the page to go to (Post/Redirect/Get). */
    public static Response see(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
