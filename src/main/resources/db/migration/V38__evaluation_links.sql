-- Evaluation (issue 14): respondents without an account (a supervisor, an exchange host's mentor) answer through a
-- signed link sent by e-mail. The link is HMAC(secret, invitation id, nonce, closing time): nothing of it is stored
-- but the nonce, so the database alone cannot make a link, and a reminder can send the same link again.
ALTER TABLE survey_invitation
    ADD COLUMN name       VARCHAR(200) NULL COMMENT 'a respondent without an account',
    ADD COLUMN email      VARCHAR(254) NULL COMMENT 'where their link is sent',
    ADD COLUMN link_nonce CHAR(32)     NULL COMMENT 'random, signed into the link; NULL for people who sign in';
