-- Recruitment pipeline: what the posting pages record beyond the import format.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- Explicit full-time flag of a posting; null = derived from the weekly hours (>= 37).
alter table posting add column full_time boolean;

-- Norddjurs calls candidates before the interview to keep them: the mark lets the funnel compare.
alter table application add column called_before_interview boolean default false not null;

-- Hires are looked up by the employment they became.
create index application_employment on application (employment_id);

-- Readable ids for postings and applications created in Tilknyt (P-2026-0042, A-2026-00017):
-- one counter per prefix and year, incremented under the row lock of an update.
create table recruitment_counter (
    name       varchar(40) primary key,
    last_value int         not null
);
