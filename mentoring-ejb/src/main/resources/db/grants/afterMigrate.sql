-- Runs after every migration, as the role that owns the schema: hands the application's role
-- (${runtime_role}) what it needs and no more. Ordinary tables: read and write. The append-only
-- tables: read and add only; as it owns none of them, it cannot turn their triggers off either.
-- A new append-only table is added to the list below.
DO $$
DECLARE
    runtime text := '${runtime_role}';
    target  text := current_schema();
BEGIN
    IF runtime = current_user THEN
        -- one role owns the schema and runs the application: there is nothing to hand out
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', target, runtime);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I',
                   target, runtime);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', target, runtime);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, TRIGGER, REFERENCES ON access_log,'
                   ' access_log_seal, charter_signature, program_withdrawal FROM %I', runtime);
    -- the migration history is the owner's alone to write
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM %I',
                   runtime);
END
$$;
