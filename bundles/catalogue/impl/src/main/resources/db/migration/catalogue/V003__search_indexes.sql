-- Listing and search: the default order (name) of the procedures in force can be read from an index.
CREATE INDEX cat_pv_status_sort_idx ON cat_procedure_version (status, sort_name);
