-- PostgreSQL: a PL/pgSQL function; the semicolons inside the dollar quotes belong to the body.
create function agency_display_name(p_code varchar) returns varchar
language plpgsql stable as $body$
declare
    display varchar;
begin
    select name || ' (' || short_name || ')' into display from agency where code = p_code;
    return display; -- a comment; with a semicolon
end;
$body$;

create view agency_display as
select code, agency_display_name(code) as display_name from agency;
