-- Seatkeeper's own web address (e.g. https://seatkeeper.example.com), set on the Settings page: mails are read
-- outside Seatkeeper, so their links need it in front of a page's path. Empty until an administrator sets it.
ALTER TABLE reseller_settings ADD COLUMN web_address VARCHAR(300);
