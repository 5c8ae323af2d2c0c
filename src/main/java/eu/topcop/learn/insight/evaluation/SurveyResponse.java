package eu.topcop.learn.insight.evaluation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A response. Its id is random and, in an anonymous survey, nothing in it points back to the invitation: only
 * the respondent's country is kept, for reports that hide any cell of fewer than five.
 */
@Entity
@Table(name = "survey_response")
public class SurveyResponse extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "survey_id", nullable = false)
    public long surveyId;

    @Column(name = "invitation_id")
    public Long invitationId;

    @Column(name = "country_code")
    public String country;

    @Column(nullable = false)
    public String language;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;
}
