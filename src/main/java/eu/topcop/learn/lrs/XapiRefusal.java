package eu.topcop.learn.lrs;

import java.util.List;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/** The LRS's refusals: the specification answers a bad request with 400 (not 422) and a missing scope with 403. */
final class XapiRefusal {

    private XapiRefusal() {}

    /** A request or statement the specification says to reject, each problem named by its property path. */
    static final class BadRequest extends DomainException.Invalid {
        BadRequest(String message, List<Problem.FieldError> errors) {
            super(message, errors);
        }

        BadRequest(String field, String message) {
            this(field + " " + message, List.of(new Problem.FieldError(field, message)));
        }

        @Override
        public int status() {
            return 400;
        }
    }

    /** The client's scopes do not allow this resource and method. */
    static final class Forbidden extends DomainException {
        Forbidden(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 403;
        }
    }

    /** A concurrency header's condition failed (If-Match, If-None-Match): nothing was changed. */
    static final class PreconditionFailed extends DomainException {
        PreconditionFailed(String message) {
            super(message);
        }

        @Override
        public int status() {
            return 412;
        }
    }

    /**
     * A request or document larger than the LRS is configured to accept (Communication 1.5.2: it MAY refuse it):
     * a statement request with attachments (lms.xapi.max-attachment-request), a document (lms.lrs.document-max-size).
     */
    static final class TooLarge extends DomainException {
        TooLarge(String message) {
            super(message);
        }

        TooLarge(long max) {
            this("The request is larger than " + max + " bytes, the most this LRS accepts with attachments.");
        }

        @Override
        public int status() {
            return 413;
        }
    }
}
