-- module: certificates
-- The committee may refuse a resident's request for a certificate, saying why; the resident sees the reason.
alter table certificate_request drop constraint certificate_request_status_check;
alter table certificate_request add constraint certificate_request_status_check
    check (status in ('ASKED', 'ISSUED', 'REFUSED'));
alter table certificate_request add column refused_at timestamptz;
alter table certificate_request add column refused_by varchar(100);
alter table certificate_request add column refuse_reason varchar(500);
