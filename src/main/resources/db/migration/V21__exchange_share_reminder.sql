-- The follow-up of a guest's commitment to share: once the day they committed to has passed without the sharing
-- recorded, they are reminded once.
ALTER TABLE exchange_application ADD COLUMN share_reminded_at TIMESTAMP(3) NULL;
CREATE INDEX ix_exchange_application_share ON exchange_application (status, share_by, shared_on);
