-- One spelling per audit action and entity type (db.audit.AuditAction, AuditEntity): the kind of record is the
-- entry's entity type, never repeated in its action, and entity types are the enum names in capitals.
UPDATE audit_log SET entity_type = UPPER(entity_type) WHERE entity_type <> UPPER(entity_type);

UPDATE audit_log SET action = 'CREATE' WHERE action IN ('CREATE_CONTRACT', 'CREATE_PRODUCT', 'CREATE_SUBSCRIPTION');
UPDATE audit_log SET action = 'UPDATE' WHERE action IN ('UPDATE_CONTRACT', 'UPDATE_PRODUCT', 'reports.schedule');
UPDATE audit_log SET action = 'CHANGE_PRICE' WHERE action = 'PRICE_PRODUCT';
UPDATE audit_log SET action = 'SUSPEND' WHERE action = 'SUSPEND_SUBSCRIPTION';
UPDATE audit_log SET action = 'REACTIVATE' WHERE action = 'REACTIVATE_SUBSCRIPTION';
UPDATE audit_log SET action = 'DEACTIVATE' WHERE action = 'DEACTIVATE_SUBSCRIPTION';
UPDATE audit_log SET action = 'CHANGE_TERMS' WHERE action = 'CHANGE_SUBSCRIPTION_TERMS';
UPDATE audit_log SET action = 'REPLACE_MANUAL' WHERE action = 'REPLACE_MANUAL_SUBSCRIPTION';
UPDATE audit_log SET action = 'ACKNOWLEDGE' WHERE action = 'mismatch.acknowledge';
