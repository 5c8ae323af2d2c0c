-- Notifications people can use (issue 16): the item each is about, and its text as a message key with arguments,
-- so that the list speaks the reader's language at reading time (rows without one keep their stored text).
ALTER TABLE notification
    ADD COLUMN link    VARCHAR(500) NULL,
    ADD COLUMN message TEXT         NULL;

-- The header's unread count on every page reads only this index.
CREATE INDEX ix_notification_unread ON notification (person_id, read_at);
