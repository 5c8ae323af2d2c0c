-- The online-phase gate runs once per offering: when it has run, the offering says so.
ALTER TABLE offering ADD COLUMN gate_checked_at TIMESTAMP(3) NULL
    COMMENT 'when the seats of those who had not completed the online phase were released';
CREATE INDEX ix_offering_gate ON offering (gate_checked_at, gate_deadline);
