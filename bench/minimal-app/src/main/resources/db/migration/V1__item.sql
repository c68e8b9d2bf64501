create sequence Item_SEQ start with 1 increment by 50;
create table item (id bigint primary key, name varchar(100));
