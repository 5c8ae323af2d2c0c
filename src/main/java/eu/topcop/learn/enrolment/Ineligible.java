package eu.topcop.learn.enrolment;

import java.util.List;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/**
 * Someone may not take part: 422 listing every reason as {@code CODE: what it means}, which pages say in the
 * reader's language.
 */
public class Ineligible extends DomainException.Invalid {

    private final List<Eligibility.Reason> reasons;

    public Ineligible(List<Eligibility.Reason> reasons) {
        super(
                "Not eligible: "
                        + String.join("; ", reasons.stream().map(r -> r.message).toList()),
                reasons.stream()
                        .map(r -> new Problem.FieldError("eligibility", r.name() + ": " + r.message))
                        .toList());
        this.reasons = List.copyOf(reasons);
    }

    public List<Eligibility.Reason> reasons() {
        return reasons;
    }
}
