create table marker (name varchar(20) not null);
