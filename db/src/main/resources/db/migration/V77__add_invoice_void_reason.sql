-- Why an invoice was voided, as the person typed it (issue 18): kept on the credit note that voids it, shown on its
-- page and PDF and in the audit log. Credit notes made before this column have none.
ALTER TABLE invoice ADD COLUMN void_reason VARCHAR(300);
ALTER TABLE invoice ADD CONSTRAINT ck_invoice_void_reason CHECK (void_reason IS NULL OR kind = 'CREDIT_NOTE');
