-- The audit chain is append-only: application code can never rewrite or delete an event by mistake.
-- (Someone holding the key can still drop these triggers; the hash chain and heads printed on paper catch that.)
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
BEGIN
  SELECT RAISE(ABORT, 'audit_events is append-only');
END;
