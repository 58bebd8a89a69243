-- module: medical
-- The nearest-vehicle comparison per trip: how long each trip leg of a proposal would wait under the greedy plan
-- (null when greedy leaves it out), so a dispatcher checks the plan trip by trip and not only by its total.
alter table dispatch_proposal_leg add column greedy_wait_seconds bigint;
