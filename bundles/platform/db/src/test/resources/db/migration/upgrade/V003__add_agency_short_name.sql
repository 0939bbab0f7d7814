/* Release 2: agencies get a short name, fees become exact amounts. */
alter table agency add column short_name varchar(64);
update agency set short_name = upper(code);
alter table agency alter column short_name set not null;

alter table procedure_item add column fee numeric(12, 0);
update procedure_item set fee = fee_vnd;
alter table procedure_item drop column fee_vnd;
