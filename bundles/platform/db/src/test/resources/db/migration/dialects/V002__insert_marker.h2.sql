insert into marker (name) values ('h2');
