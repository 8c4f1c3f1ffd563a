-- Indexes for the orders the organisers' lazy lists ask for, so that one page of a list of national size
-- (tens of thousands of seminars, thousands of registrations or candidates in one seminar or round) is read
-- in index order instead of sorting every matching row. Filters by region and lead organiser use the
-- foreign-key indexes MySQL/MariaDB create and these on H2.

CREATE INDEX ix_seminar_starts_at ON seminar (starts_at);
CREATE INDEX ix_seminar_ends_at ON seminar (ends_at);
CREATE INDEX ix_seminar_title ON seminar (title);
CREATE INDEX ix_seminar_region_start ON seminar (region_id, starts_at);
CREATE INDEX ix_seminar_lead_start ON seminar (lead_organiser_id, starts_at);

CREATE INDEX ix_registration_seminar_created ON registration (seminar_id, created_at);

CREATE INDEX ix_selection_candidate_round_name ON selection_candidate (round_id, full_name);
CREATE INDEX ix_selection_candidate_round_created ON selection_candidate (round_id, created_at);
