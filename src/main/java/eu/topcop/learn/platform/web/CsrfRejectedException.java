package eu.topcop.learn.platform.web;

/** A state-changing page request without a valid CSRF token; answered 403 with a "form expired" page. */
public class CsrfRejectedException extends RuntimeException {

    public CsrfRejectedException(String reason) {
        super(reason);
    }
}
