-- A person is bound to their Keycloak account by the token's subject, once and for all (enrolment.People).
-- E-mail only lets an account claim a record made before it had one (an officer nominated by e-mail, a demo
-- trainer), and only when Keycloak has verified the address and it is the same, byte for byte, after
-- People.normalisedEmail (Unicode NFC, then lower case). The table's utf8mb4_unicode_ci took 'ïon.rusu@…' and
-- 'Ion.Rusu@…' for 'ion.rusu@…': subject and e-mail now compare in binary. Both stay unique where not null.
-- The user name is what Keycloak shows today, not who someone is: it may change, and two records may carry it
-- (a renamed account's old name given to a new one), so it is no longer unique.
ALTER TABLE person
    MODIFY subject VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL
        COMMENT 'Keycloak subject (sub claim): set once, never changed',
    MODIFY email VARCHAR(200) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NULL
        COMMENT 'normalised (NFC, lower case); of a signed-in person only when Keycloak verified it',
    MODIFY username VARCHAR(100) NULL COMMENT 'Keycloak user name at the last sign-in: shown, never an identity',
    DROP INDEX uq_person_username;

CREATE INDEX ix_person_username ON person (username);
