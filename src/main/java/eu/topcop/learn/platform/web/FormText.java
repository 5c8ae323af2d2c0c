package eu.topcop.learn.platform.web;

import java.util.Optional;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

/**
 * The forms of the pages follow the same text rule as the API ({@link TextInput}), checked once here for every
 * field of every form, before any page method reads it: a refused form gets the error page in the reader's
 * language saying what to remove, and nothing is written.
 */
public class FormText {

    @ServerRequestFilter(priority = Priorities.USER + 10)
    @WithFormRead
    public void check(ContainerRequestContext context) {
        var request = CurrentRequestManager.get();
        FormData form = request == null ? null : request.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            Optional<String> problem = TextInput.problem(name);
            if (problem.isPresent()) {
                throw new Refused("form", "A field name " + problem.get());
            }
            for (FormValue value : form.get(name)) {
                if (!value.isFileItem()) {
                    problem = TextInput.problem(value.getValue());
                    if (problem.isPresent()) {
                        throw new Refused(name, problem.get());
                    }
                }
            }
        }
    }

    /** A form field whose text {@link TextInput} refuses. */
    public static class Refused extends RuntimeException {
        private final String field;

        Refused(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}
