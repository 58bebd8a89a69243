-- module: supplies
-- A volunteer at a group-buy door may find nobody home: the order is marked so (when and by whom) and stays on the
-- list to try again; a wrong check-off or not-home mark can be undone.
alter table group_order add column not_home_at timestamptz;
alter table group_order add column not_home_by varchar(60);
