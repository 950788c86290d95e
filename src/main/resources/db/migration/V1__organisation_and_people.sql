-- Organisation, staff over time and absence: the model every other module reads.
-- Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

create table org_unit (
    id         varchar(64)  primary key,
    name       varchar(200) not null,
    parent_id  varchar(64)  references org_unit (id),
    level      varchar(16)  not null
        check (level in ('municipality', 'department', 'area', 'unit', 'team')),
    check (parent_id is null or parent_id <> id)
);
create index org_unit_parent on org_unit (parent_id);

create table job_family (
    code       varchar(40)  primary key,
    name_da    varchar(120) not null,
    name_en    varchar(120) not null,
    sort_order int          not null default 100
);

insert into job_family (code, name_da, name_en, sort_order) values
    ('sosu_assistant',        'Social- og sundhedsassistent',  'Social and health care assistant', 10),
    ('sosu_helper',           'Social- og sundhedshjælper',    'Social and health care helper',    20),
    ('nurse',                 'Sygeplejerske',                  'Nurse',                            30),
    ('health_visitor',        'Sundhedsplejerske',              'Health visitor',                   40),
    ('pedagogue',             'Pædagog',                        'Pedagogue',                        50),
    ('pedagogical_assistant', 'Pædagogisk assistent',           'Pedagogical assistant',            60),
    ('therapist',             'Ergo-/fysioterapeut',            'Occupational/physiotherapist',     70),
    ('dental',                'Tandplejen',                     'Dental care',                      80),
    ('social_worker',         'Socialrådgiver',                 'Social worker',                    90),
    ('psychologist',          'Psykolog',                       'Psychologist',                    100),
    ('unskilled_care',        'Ufaglært omsorgsmedarbejder',    'Unskilled care worker',           110),
    ('service',               'Service (rengøring, køkken, teknik)', 'Service (cleaning, kitchen, maintenance)', 120),
    ('admin',                 'Administration',                 'Administration',                  130),
    ('leader',                'Leder',                          'Leader',                          140),
    ('other',                 'Andet',                          'Other',                           150);

-- Pseudonymous persons: an employee number and at most a birth year. Never a CPR number.
create table person (
    id         varchar(64) primary key,
    birth_year int check (birth_year between 1900 and 2100)
);

-- One row per segment: a stretch of an employment with constant unit, job family, type and hours.
create table employment_segment (
    employment_id    varchar(64)  not null,
    segment_start    date         not null,
    segment_end      date,
    person_id        varchar(64)  not null references person (id),
    unit_id          varchar(64)  not null references org_unit (id),
    job_family       varchar(40)  not null references job_family (code),
    employment_type  varchar(16)  not null
        check (employment_type in ('permanent', 'temporary', 'trainee', 'hourly')),
    weekly_hours     numeric(6, 2) not null check (weekly_hours > 0 and weekly_hours <= 48),
    departure_reason varchar(20)
        check (departure_reason in ('resigned', 'dismissed', 'retired', 'end_of_contract', 'death', 'other')),
    shift_layer      varchar(10)
        check (shift_layer in ('day', 'evening', 'night', 'mixed')),
    primary key (employment_id, segment_start),
    check (segment_end is null or segment_end >= segment_start)
);
create index employment_segment_person on employment_segment (person_id);
create index employment_segment_unit on employment_segment (unit_id, segment_start);

create table absence (
    id            varchar(64)  primary key,
    person_id     varchar(64)  not null references person (id),
    employment_id varchar(64),
    type          varchar(16)  not null
        check (type in ('sick', 'work_injury', 'child_sick', 'maternity', 'vacation', 'care_day', 'leave', 'other')),
    start_date    date         not null,
    end_date      date,
    extent_pct    int          not null default 100 check (extent_pct between 1 and 100),
    hours         numeric(8, 2) check (hours >= 0),
    check (end_date is null or end_date >= start_date)
);
create index absence_person on absence (person_id, start_date);

-- Postings and applications: pseudonymous, no applicant names (the ATS keeps them).
create table posting (
    id              varchar(64)  primary key,
    unit_id         varchar(64)  not null references org_unit (id),
    job_family      varchar(40)  not null references job_family (code),
    title           varchar(300),
    employment_type varchar(16)  not null
        check (employment_type in ('permanent', 'temporary', 'trainee', 'hourly')),
    weekly_hours    numeric(6, 2) not null check (weekly_hours > 0 and weekly_hours <= 48),
    published_date  date         not null,
    deadline        date         not null,
    reposting_of    varchar(64)  unique references posting (id),
    outcome         varchar(16)  not null
        check (outcome in ('open', 'filled', 'reposted', 'unfilled', 'cancelled')),
    filled_date     date,
    channels        varchar(300),
    check (deadline >= published_date)
);
create index posting_unit on posting (unit_id);

create table application (
    id               varchar(64) primary key,
    posting_id       varchar(64) not null references posting (id),
    applied_date     date        not null,
    furthest_stage   varchar(16) not null
        check (furthest_stage in ('applied', 'invited', 'interviewed', 'offered', 'hired')),
    outcome          varchar(16) not null
        check (outcome in ('pending', 'hired', 'rejected', 'withdrawn')),
    withdrawn_reason varchar(16)
        check (withdrawn_reason in ('other_job', 'salary', 'hours', 'commute', 'changed_mind', 'no_show', 'other')),
    employment_id    varchar(64)
);
create index application_posting on application (posting_id);

-- Users, roles and scopes. scope_unit_id is not a foreign key: an HR administrator's scope is the
-- whole municipality (null), and a unit removed by an import leaves its users with an empty scope.
create table app_user (
    username      varchar(100) primary key,
    password_hash varchar(200) not null,
    role          varchar(16)  not null check (role in ('hr', 'leader', 'planner', 'council', 'employee')),
    scope_unit_id varchar(64),
    person_id     varchar(64),
    demo          boolean      not null default false,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

-- Every view of person-level data: who, when, what.
create table audit_event (
    id           bigint generated by default as identity primary key,
    occurred_at  timestamp with time zone not null,
    username     varchar(100) not null,
    action       varchar(40)  not null,
    subject_type varchar(40)  not null,
    subject_id   varchar(100),
    detail       varchar(500)
);
create index audit_event_time on audit_event (occurred_at);
