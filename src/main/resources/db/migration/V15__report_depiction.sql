-- Issue 12, item 8 (the yearly figures): the kind of depiction beside the classification, so the figures count
-- it in SQL. Filled at intake; earlier rows are filled here from the canonical report JSON. Canonical JSON has no
-- spaces and escapes every quote inside a string, so '"depiction":"X"' can only be the assessment's own field.
-- A report without one was stored as NOT_DETERMINED (the intake's default).
alter table report add column depiction varchar(24);

update report set depiction = case
    when report_json like '%"depiction":"REAL_CHILD"%' then 'REAL_CHILD'
    when report_json like '%"depiction":"APPEARS_TO_BE_CHILD"%' then 'APPEARS_TO_BE_CHILD'
    when report_json like '%"depiction":"VIRTUAL"%' then 'VIRTUAL'
    else 'NOT_DETERMINED' end;
