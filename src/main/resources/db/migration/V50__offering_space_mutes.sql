-- A mute in an offering's discussion space (issue 15). Its people come from the offering (approved applications and
-- trainers), not from network_member, so a participant's mute is kept here: they read, and post again after it.
CREATE TABLE offering_space_mute (
    network_id  BIGINT       NOT NULL,
    person_id   BIGINT       NOT NULL,
    muted_until TIMESTAMP(3) NOT NULL,
    PRIMARY KEY (network_id, person_id),
    CONSTRAINT fk_offering_space_mute_network FOREIGN KEY (network_id) REFERENCES network (id),
    CONSTRAINT fk_offering_space_mute_person FOREIGN KEY (person_id) REFERENCES person (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_offering_space_mute_person ON offering_space_mute (person_id);
