-- The embedded database refuses to change or remove audit entries: a Java trigger throws
-- on every UPDATE and DELETE. (H2 fires no trigger on TRUNCATE; the verifier and the signed
-- checkpoints outside the database catch a truncated log.)
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry FOR EACH ROW
    CALL 'com.mediapatch.audit.internal.AppendOnlyTrigger';
