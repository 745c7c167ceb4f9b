-- Issue 13, part 2: a partner's verified X-Message-Signature, kept with the report it signed as evidence: the CMS
-- SignedData as received (base64 of its DER), the exact bytes it signed (base64; null when they held a reporter's
-- contact details, which are only stored encrypted: the CMS still holds their SHA-256), who signed (SHA-256
-- fingerprint and subject of the certificate in the CMS) and when the gateway verified it. `base64 -d` both and
-- `openssl cms -verify -purpose any` checks it offline. Written in the transaction that accepts the report.
create table message_signature (
    reference           varchar(32)   not null primary key references report (reference),
    partner_id          varchar(64)   not null,
    signer_fingerprint  char(64)      not null,
    signer_subject      varchar(1000) not null,
    verified_at         timestamp with time zone not null,
    signature_base64    varchar(16384) not null,
    signed_body_base64  text
);
