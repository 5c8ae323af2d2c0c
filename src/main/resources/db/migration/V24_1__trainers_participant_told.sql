-- A participant of a multiplication course is linked to a person only when one of the course's country has the
-- e-mail the trainer typed, and that person is told of it (issue 12, defect 7). Validation certifies only people
-- who were told: a participant linked before this migration was never told, and is certified by no later
-- validation until the trainer removes and registers them again. The typed e-mail compares in binary, as
-- person.email does.
ALTER TABLE multiplication_participant
    ADD COLUMN told_at TIMESTAMP(3) NULL COMMENT 'when the linked person was told of the registration',
    MODIFY email VARCHAR(254) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL COMMENT 'as typed, normalised';
