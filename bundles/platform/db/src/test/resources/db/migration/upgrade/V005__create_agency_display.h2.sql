-- H2 has no PL/pgSQL: the same view without the function.
create view agency_display as
select code, name || ' (' || short_name || ')' as display_name from agency;
