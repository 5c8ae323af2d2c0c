package eu.topcop.learn.insight.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One answered question of a response; a multiple-choice question has one row per chosen option. */
@Entity
@Table(name = "survey_answer")
public class SurveyAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "response_id", nullable = false)
    public String responseId;

    @Column(name = "survey_id", nullable = false)
    public long surveyId;

    @Column(name = "question_code", nullable = false)
    public String questionCode;

    @Column(name = "option_code")
    public String optionCode;

    @Column
    public Integer number;

    @Column
    public String text;
}
