-- module: supplies
-- A door delivery the volunteer could not make (nobody home, refused), with the reason, so the household is
-- followed up rather than counted delivered.
alter table group_order add column delivery_failed_at timestamptz;
alter table group_order add column delivery_failed_reason varchar(500);
alter table government_delivery add column failed_at timestamptz;
alter table government_delivery add column failed_reason varchar(500);

-- A volunteer's list reads the doors of their own buildings.
create index group_order_building_idx on group_order (building_id) where status = 'PLACED';
create index government_delivery_building_idx on government_delivery (building_id, round_id);
