-- Listing and search: the default order (name) of the procedures in force can be read from an index.
CREATE INDEX cat_pv_status_sort_idx ON cat_procedure_version (status, sort_name);

-- Word-prefix search (search_text LIKE '% word%') uses a trigram index when pg_trgm can be had. It is a trusted
-- extension (PostgreSQL 13+), so the database owner may create it (in schema public, shared by every schema of the
-- database). Where it is refused or lives elsewhere, search stays correct and scans the table; a notice says so.
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;
    EXECUTE 'CREATE INDEX cat_pv_search_trgm_idx ON cat_procedure_version USING gin (search_text public.gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'trigram index not created (%); procedure search will scan cat_procedure_version', SQLERRM;
END
$$;
