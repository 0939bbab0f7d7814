insert into marker (name) values ('generic-only');
