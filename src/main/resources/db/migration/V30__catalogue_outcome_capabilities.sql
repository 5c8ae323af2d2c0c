-- Insight I (issue 13): the capabilities of the needs analysis that a curriculum's learning outcome addresses, as
-- the content declares them (learning_outcomes[].capabilities in curriculum.yaml). By capability code: a code
-- names the same capability in every OTNA round that asks about it, so a curriculum need not change per round.
CREATE TABLE learning_outcome_capability (
    outcome_id      BIGINT      NOT NULL,
    capability_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (outcome_id, capability_code),
    CONSTRAINT fk_learning_outcome_capability FOREIGN KEY (outcome_id) REFERENCES learning_outcome (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_learning_outcome_capability_code ON learning_outcome_capability (capability_code);
