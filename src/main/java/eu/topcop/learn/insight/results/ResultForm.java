package eu.topcop.learn.insight.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.topcop.learn.platform.web.PageForms;
import eu.topcop.learn.platform.web.Problem;

/**
 * A result's form as typed, kept whole so that a refused form comes back with what was typed; read into the API's
 * request leniently (an unreadable number or day becomes a mistake named by its field).
 */
public record ResultForm(
        String kind,
        String date,
        String country,
        String priority,
        String empactPriority,
        String oapActionCode,
        String description,
        String evidenceReference,
        List<String> officers,
        String count,
        String amountEur,
        boolean restricted) {

    public static final ResultForm EMPTY =
            new ResultForm(null, null, null, null, null, null, null, null, List.of(), null, null, false);

    /** A result's values, to edit them. */
    static ResultForm of(ResultViews.Result r) {
        return new ResultForm(
                r.kind().name(),
                r.date().toString(),
                r.country(),
                r.priority(),
                r.empactPriority(),
                r.oapActionCode(),
                r.description(),
                r.evidenceReference(),
                r.officers().stream().map(o -> String.valueOf(o.id())).toList(),
                r.count() == null ? null : r.count().toString(),
                r.amountEur() == null ? null : r.amountEur().toPlainString(),
                r.restricted());
    }

    public boolean chosen(long officer) {
        return officers != null && officers.contains(String.valueOf(officer));
    }

    /** The form as the service's request; what cannot be read is added to {@code errors}. */
    ResultViews.ResultRequest request(List<Problem.FieldError> errors) {
        ResultKind chosenKind = null;
        if (!ResultService.blank(kind)) {
            try {
                chosenKind = ResultKind.valueOf(kind.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError("kind", "Not a kind of result"));
            }
        }
        LocalDate day = PageForms.date(date);
        if (day == null && !ResultService.blank(date)) {
            errors.add(new Problem.FieldError("date", "Not a day"));
        }
        Integer number = PageForms.number(count);
        if (number == null && !ResultService.blank(count)) {
            errors.add(new Problem.FieldError("count", "Not a whole number"));
        }
        BigDecimal amount = null;
        if (!ResultService.blank(amountEur)) {
            try {
                String typed = amountEur.strip().replace(',', '.');
                amount = typed.length() > ResultLimits.AMOUNT_DIGITS + 3 ? null : new BigDecimal(typed);
            } catch (NumberFormatException e) {
                amount = null;
            }
            if (amount == null) {
                errors.add(new Problem.FieldError("amountEur", "Not an amount"));
            }
        }
        List<Long> ids = new ArrayList<>();
        for (String officer : officers == null ? List.<String>of() : officers) {
            Long id = PageForms.id(officer);
            if (id == null) {
                errors.add(new Problem.FieldError("officers", "Not an officer"));
                break;
            }
            ids.add(id);
        }
        return new ResultViews.ResultRequest(
                chosenKind,
                day,
                description,
                evidenceReference,
                priority,
                empactPriority,
                oapActionCode,
                country,
                ids,
                number,
                amount,
                restricted);
    }
}
