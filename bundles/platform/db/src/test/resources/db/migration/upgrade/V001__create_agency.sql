-- Agencies (cơ quan) that handle procedures
create table agency (
    id bigint primary key,
    code varchar(32) not null unique,
    name varchar(200) not null,
    phone varchar(32)
);
