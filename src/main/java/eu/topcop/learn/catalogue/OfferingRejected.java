package eu.topcop.learn.catalogue;

import java.util.List;

import eu.topcop.learn.platform.web.DomainException;
import eu.topcop.learn.platform.web.Problem;

/** An offering form that breaks rules: the API lists the fields, the page says each in the reader's language. */
public class OfferingRejected extends DomainException.Invalid {

    private final List<OfferingForm.Problem> problems;

    public OfferingRejected(List<OfferingForm.Problem> problems) {
        super(
                "The offering is not valid: "
                        + String.join(
                                "; ", problems.stream().map(p -> p.message).toList()),
                problems.stream()
                        .map(p -> new Problem.FieldError(p.field, p.message))
                        .toList());
        this.problems = List.copyOf(problems);
    }

    public List<OfferingForm.Problem> problems() {
        return problems;
    }
}
