-- module: requests
-- Open311 clients poll service request updates by time window across all requests in their area.
create index request_step_at_idx on request_step (at);
