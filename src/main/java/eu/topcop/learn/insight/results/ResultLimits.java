package eu.topcop.learn.insight.results;

import java.time.LocalDate;

/**
 * The limits of a result, the same numbers as the columns of migration V35 (ResultLimitsTest reads the schema and
 * compares), so that the API's Bean Validation, the pages and the service refuse what the database could not hold.
 */
public final class ResultLimits {

    /** {@code operational_result.description} VARCHAR(500). */
    public static final int DESCRIPTION = 500;

    /** {@code operational_result.evidence_reference} VARCHAR(200). */
    public static final int EVIDENCE = 200;

    /** {@code operational_result.oap_action_code} VARCHAR(20). */
    public static final int ACTION_CODE = 20;

    /** {@code operational_result.rejection_reason} and {@code operational_result_change.reason} VARCHAR(1000). */
    public static final int REASON = 1000;

    /** A crime priority's code, {@code crime_priority.code} VARCHAR(80). */
    public static final int PRIORITY_CODE = 80;

    /** Arrests or cases in one record: far more than any operation, well inside an INT. */
    public static final int MAX_COUNT = 100_000;

    /** {@code amount_eur} DECIMAL(15,2): thirteen digits before the point. */
    public static final int AMOUNT_DIGITS = 13;

    public static final String MAX_AMOUNT = "9999999999999.99";

    /** Officers named on one result: a large joint investigation team, not a whole service. */
    public static final int MAX_OFFICERS = 200;

    /** The earliest day a result may have: the portfolio's evaluation does not reach further back. */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);

    /** An action code as OAPs write them: "OA 2.3", "OA2.3", "2.3-b". */
    public static final String ACTION_CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9 ./-]{0,19}";

    private ResultLimits() {}
}
