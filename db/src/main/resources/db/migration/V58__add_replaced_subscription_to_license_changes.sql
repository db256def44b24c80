-- The automatic subscription's create event a replacement archived names the manual subscription whose create event
-- bills the same licenses (issue 14, item 6): un-archiving it would bill them twice.
ALTER TABLE license_change ADD COLUMN replaces_subscription_id BIGINT;
ALTER TABLE license_change ADD CONSTRAINT fk_license_change_replaces
    FOREIGN KEY (replaces_subscription_id) REFERENCES subscription (id);
UPDATE license_change SET replaces_subscription_id = CAST(REGEXP_SUBSTRING(archive_reason, '[0-9]+') AS BIGINT)
WHERE event_type = 'CREATE' AND archived AND archive_reason LIKE 'Replaces manual subscription #%';
