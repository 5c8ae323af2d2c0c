-- Participants who still have the online phase to complete are reminded once before the gate deadline.
ALTER TABLE application ADD COLUMN gate_reminded_at TIMESTAMP(3) NULL
    COMMENT 'when the participant was reminded that the online-phase deadline is near';
