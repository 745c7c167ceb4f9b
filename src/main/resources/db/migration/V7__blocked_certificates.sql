-- Certificates cut off by ops (a stolen key, a leaving employee): refused on every node from the next request on,
-- whatever the partner registry says, until unblocked. Blocking and unblocking are audited in ops_audit.
create table blocked_certificate (
    sha256      char(64)      primary key,
    reason      varchar(2000) not null,
    blocked_by  varchar(64)   not null,
    blocked_at  timestamp with time zone not null
);
