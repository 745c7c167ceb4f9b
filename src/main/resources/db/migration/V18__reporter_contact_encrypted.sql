-- Reporter contact details encrypted at rest (AES-256-GCM, docs/ops/README.md "Keys and their rotation").
-- Each value is base64(IV || ciphertext || tag); key_id names the key that encrypted the row's values.
-- Rows from before this version keep their plain columns until the gateway's start (or `gateway keys rotate`)
-- encrypts them and empties name, email and phone; a later version drops those plain columns.
alter table reporter_contact add column key_id varchar(64);
alter table reporter_contact add column name_enc varchar(1200);
alter table reporter_contact add column email_enc varchar(1800);
alter table reporter_contact add column phone_enc varchar(400);

-- Rotation and the start-up check look rows up by key.
create index reporter_contact_key_idx on reporter_contact (key_id, reference);
