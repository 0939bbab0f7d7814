-- Who acted for an organisation: when a citizen acts for an organisation account (người đại diện, người được ủy
-- quyền), actor_* name the organisation (the applicant) and these the citizen who did it. NULL otherwise.
ALTER TABLE audit_record ADD COLUMN acting_person_id VARCHAR(200);
ALTER TABLE audit_record ADD COLUMN acting_person_name VARCHAR(500);
CREATE INDEX audit_record_acting_person_idx ON audit_record (acting_person_id, recorded_at);

-- The append-only rule of V002, now also over the new columns: sealing may fill chain_position, prev_hash and hash
-- of a record that has none, and touch nothing else.
CREATE OR REPLACE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.chain_position IS NULL AND NEW.chain_position IS NOT NULL
           AND NEW.prev_hash IS NOT NULL AND NEW.hash IS NOT NULL
           AND (NEW.id, NEW.seq, NEW.recorded_at, NEW.actor_id, NEW.actor_kind, NEW.actor_name, NEW.actor_agency,
                NEW.actor_roles, NEW.client_address, NEW.session_id, NEW.action, NEW.outcome, NEW.target_type,
                NEW.target_id, NEW.detail, NEW.personal_data, NEW.category, NEW.acting_person_id,
                NEW.acting_person_name)
               IS NOT DISTINCT FROM
               (OLD.id, OLD.seq, OLD.recorded_at, OLD.actor_id, OLD.actor_kind, OLD.actor_name, OLD.actor_agency,
                OLD.actor_roles, OLD.client_address, OLD.session_id, OLD.action, OLD.outcome, OLD.target_type,
                OLD.target_id, OLD.detail, OLD.personal_data, OLD.category, OLD.acting_person_id,
                OLD.acting_person_name)
        THEN
            RETURN NEW;
        END IF;
    END IF;
    RAISE EXCEPTION 'audit_record is append-only: % refused (only sealing may fill chain_position, prev_hash and hash, once)', TG_OP
        USING ERRCODE = 'P0001';
END
$$;
