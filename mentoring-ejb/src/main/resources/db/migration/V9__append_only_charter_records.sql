-- Signatures could not be changed or deleted row by row, but a TRUNCATE went through; withdrawals
-- could be changed. Both are evidence: from now on both are append-only, like the access log. A
-- person who rejoins signs again, which adds a signature; nothing is ever taken back.
CREATE TRIGGER charter_signature_no_truncate
    BEFORE TRUNCATE ON charter_signature
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();

CREATE TRIGGER program_withdrawal_append_only
    BEFORE UPDATE OR DELETE ON program_withdrawal
    FOR EACH ROW EXECUTE FUNCTION reject_change();

CREATE TRIGGER program_withdrawal_no_truncate
    BEFORE TRUNCATE ON program_withdrawal
    FOR EACH STATEMENT EXECUTE FUNCTION reject_change();

REVOKE UPDATE, DELETE, TRUNCATE ON program_withdrawal FROM CURRENT_USER;
