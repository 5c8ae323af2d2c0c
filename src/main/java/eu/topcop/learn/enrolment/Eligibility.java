package eu.topcop.learn.enrolment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.topcop.learn.catalogue.Offering;

/** Why someone may not take part in an offering; an empty list means they may. */
public final class Eligibility {

    /** A reason, with what an API caller reads; pages say it in the reader's language. */
    public enum Reason {
        OFFERING_CANCELLED("the offering is cancelled"),
        APPLICATIONS_NOT_OPEN("applications are not open yet"),
        APPLICATIONS_CLOSED("applications are closed"),
        NO_COUNTRY("the person's account has no country; ask an administrator to set it"),
        COUNTRY_NOT_INVITED("the offering takes no participants from the person's country"),
        AGENCY_TYPE("the offering is not open to the person's kind of agency"),
        LANGUAGE("the person must be able to work in the offering's working language"),
        PREREQUISITE("the person has not completed the modules this offering requires first"),
        QUOTA_FULL("the country's quota of places for this offering is used up");

        public final String message;

        Reason(String message) {
            this.message = message;
        }
    }

    private Eligibility() {}

    /**
     * @param partnerCountry whether the person's country is an Eastern Partnership partner (who may apply to
     *     an offering without quotas)
     * @param countryActive applications of the person's country still in the running, for nominations (null
     *     to skip the quota check: an officer's own application goes on the waiting list instead)
     */
    static List<Reason> check(
            Offering offering,
            EnrolmentRules.Rules rules,
            Person person,
            boolean partnerCountry,
            boolean speaksWorkingLanguage,
            Set<String> completedPrerequisites,
            Long countryActive,
            LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        if (offering.isCancelled()) {
            reasons.add(Reason.OFFERING_CANCELLED);
        }
        switch (offering.window(today)) {
            case NOT_YET_OPEN -> reasons.add(Reason.APPLICATIONS_NOT_OPEN);
            case CLOSED -> reasons.add(Reason.APPLICATIONS_CLOSED);
            case OPEN -> {}
        }
        if (person.country == null) {
            reasons.add(Reason.NO_COUNTRY);
        } else if (rules.hasQuotas() ? rules.quotas().getOrDefault(person.country, 0) <= 0 : !partnerCountry) {
            reasons.add(Reason.COUNTRY_NOT_INVITED);
        }
        if (!rules.agencyTypes().isEmpty()
                && (person.agencyType == null || !rules.agencyTypes().contains(person.agencyType))) {
            reasons.add(Reason.AGENCY_TYPE);
        }
        if (!speaksWorkingLanguage) {
            reasons.add(Reason.LANGUAGE);
        }
        if (!completedPrerequisites.containsAll(rules.prerequisites())) {
            reasons.add(Reason.PREREQUISITE);
        }
        if (countryActive != null
                && person.country != null
                && rules.hasQuotas()
                && countryActive >= rules.quotas().getOrDefault(person.country, 0)) {
            reasons.add(Reason.QUOTA_FULL);
        }
        return reasons;
    }
}
