create table procedure_item (
    id bigint primary key,
    agency_id bigint not null references agency (id),
    title varchar(300) not null,
    fee_vnd int
);

comment on table procedure_item is 'Thủ tục hành chính; the semicolon in this string does not end the statement';
