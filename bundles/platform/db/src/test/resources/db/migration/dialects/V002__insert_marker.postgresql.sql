insert into marker (name) values ('postgresql');
