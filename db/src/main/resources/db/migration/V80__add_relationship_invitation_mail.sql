-- The outbox mail that carries an invitation (the last one queued, on a resend): the invitation's status on the pages
-- is that mail's (waiting, sent or failed), not "sent" while the mail still waits. Empty for invitations sent before.
ALTER TABLE relationship_invitation ADD COLUMN mail_id BIGINT;
ALTER TABLE relationship_invitation ADD CONSTRAINT fk_relationship_invitation_mail FOREIGN KEY (mail_id) REFERENCES mail_outbox (id);
