-- module: notifications
-- A notification is written as a message key and its arguments and rendered in the reader's language when read;
-- the text column keeps an English rendering for rows written before and for plain readers of the table.
alter table notification add column message_key varchar(80);
alter table notification add column message_args text[];
