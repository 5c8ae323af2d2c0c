package eu.topcop.learn.catalogue;

import java.util.List;
import java.util.Locale;

import eu.topcop.learn.platform.i18n.AppMessages;
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
        // The first problem of a field is what the page says beside it: the rules name at most one per field.
        for (int i = problems.size() - 1; i >= 0; i--) {
            OfferingForm.Problem problem = problems.get(i);
            because(
                    problem.field,
                    AppMessages.class,
                    "offering_problem_" + problem.name().toLowerCase(Locale.ROOT));
        }
    }

    public List<OfferingForm.Problem> problems() {
        return problems;
    }
}
