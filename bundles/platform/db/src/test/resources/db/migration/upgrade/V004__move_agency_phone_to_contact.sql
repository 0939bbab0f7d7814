-- Release 2: an agency may have several contacts; existing phone numbers move over.
create table agency_contact (
    agency_id bigint not null references agency (id),
    kind varchar(16) not null,
    contact_value varchar(64) not null,
    primary key (agency_id, kind)
);

insert into agency_contact (agency_id, kind, contact_value)
select id, 'phone', phone from agency where phone is not null;

alter table agency drop column phone;
