-- The database itself refuses to change the trail: no DELETE, no TRUNCATE, and the only UPDATE allowed is sealing,
-- which fills chain_position, prev_hash and hash of a record that has none and touches nothing else. This guards
-- against bugs and careless SQL from the application's own database role; an owner who disables the trigger is still
-- caught by chain verification.
CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
           AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
           AND (NEW.id, NEW.seq, NEW.recorded_at, NEW.actor_id, NEW.actor_kind, NEW.actor_name, NEW.actor_agency,
                NEW.actor_roles, NEW.client_address, NEW.session_id, NEW.action, NEW.outcome, NEW.target_type,
                NEW.target_id, NEW.detail, NEW.personal_data, NEW.category)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.seq, OLD.recorded_at, OLD.actor_id, OLD.actor_kind, OLD.actor_name, OLD.actor_agency,
                OLD.actor_roles, OLD.client_address, OLD.session_id, OLD.action, OLD.outcome, OLD.target_type,
                OLD.target_id, OLD.detail, OLD.personal_data, OLD.category)
        THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_record is append-only: % refused (only sealing may fill chain_position, prev_hash and hash, once)', TG_OP
        USING ERRCODE = 'P0001';
END
$$;

CREATE TRIGGER audit_record_append_only BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();
CREATE TRIGGER audit_record_no_truncate BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_append_only();
