package eu.topcop.learn.platform.web;

import jakarta.ws.rs.core.Response;

/** A file to save rather than a page to show: the body, its media type and the name the browser saves it under. */
public final class Downloads {

    private Downloads() {}

    public static Response attachment(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }
}
