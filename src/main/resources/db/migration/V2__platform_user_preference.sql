-- What the platform remembers of a signed-in person between sessions and devices. Identity itself lives in
-- Keycloak; the subject is the token's `sub`.
CREATE TABLE user_preference (
    subject    VARCHAR(255) NOT NULL PRIMARY KEY,
    language   VARCHAR(8)   NOT NULL,
    updated_at TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
