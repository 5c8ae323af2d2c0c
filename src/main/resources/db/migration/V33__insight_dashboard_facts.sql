-- Insight (issue 13), dashboards: the figures the dashboards read, aggregated per country, portfolio crime priority,
-- year and quarter from the other features' records by a scheduled job (DashboardFacts), so that a dashboard costs
-- the same whatever the years of data. Derived data only: rebuilt whole on every refresh, never edited, and without
-- foreign keys so that the rebuild checks nothing it did not read from the source tables itself.

CREATE TABLE insight_dashboard_fact (
    country_code        CHAR(2)       NOT NULL,
    crime_priority_id   BIGINT        NOT NULL COMMENT 'a portfolio priority',
    year                SMALLINT      NOT NULL,
    quarter             TINYINT       NOT NULL COMMENT '1 to 4',
    officers_to_train   INT           NOT NULL DEFAULT 0
        COMMENT 'validated gaps of the OTNA rounds of the year; a yearly need, booked to the first quarter',
    applications        INT           NOT NULL DEFAULT 0 COMMENT 'by the quarter they were submitted in',
    approvals           INT           NOT NULL DEFAULT 0 COMMENT 'of those, approved (status APPROVED now)',
    offerings           INT           NOT NULL DEFAULT 0 COMMENT 'offerings starting in the quarter with an approved officer of the country',
    completions         INT           NOT NULL DEFAULT 0 COMMENT 'course completions by the quarter they were completed in',
    certificates        INT           NOT NULL DEFAULT 0 COMMENT 'certificates issued and not revoked',
    gain_pairs          INT           NOT NULL DEFAULT 0 COMMENT 'pre-test and post-test pairs that count (KnowledgeGain)',
    gain_points         DECIMAL(14,2) NOT NULL DEFAULT 0 COMMENT 'sum of post-test minus pre-test, in percentage points',
    trainers_certified  INT           NOT NULL DEFAULT 0 COMMENT 'people certified as trainers, certifications not withdrawn',
    cascade_reach       INT           NOT NULL DEFAULT 0 COMMENT 'officers who attended validated multiplication courses',
    exchange_placements INT           NOT NULL DEFAULT 0 COMMENT 'exchange guests matched or reported, by the offer''s start',
    event_participants  INT           NOT NULL DEFAULT 0 COMMENT 'network event registrations attended',
    PRIMARY KEY (country_code, crime_priority_id, year, quarter)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_insight_dashboard_fact_priority ON insight_dashboard_fact (crime_priority_id, year, quarter);
CREATE INDEX ix_insight_dashboard_fact_year ON insight_dashboard_fact (year, quarter);

-- When the facts were last rebuilt: the dashboards say "figures as of".
CREATE TABLE insight_dashboard_refresh (
    id           TINYINT      NOT NULL PRIMARY KEY,
    refreshed_at TIMESTAMP(3) NOT NULL,
    took_ms      BIGINT       NOT NULL,
    fact_rows    INT          NOT NULL,
    CONSTRAINT ck_insight_dashboard_refresh_one CHECK (id = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
