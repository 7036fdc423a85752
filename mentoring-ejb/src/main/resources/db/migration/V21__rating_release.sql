-- Ratings of objective attainment (SPEC 4.3) join the figures like micro-question answers (SPEC 5):
-- held until at least k people of one cohort and side have rated, then released together, shuffled.
-- A figure over the pairing columns changed with every single rating, and the change of the mean
-- times the count was one person's rating. The pairing keeps its two columns, so that each party
-- sees the rating they gave; the figures read only the released rows below.

-- Ratings waiting for a batch. Only cohort, side and value: no person, no pairing, no time, and a
-- random key. Emptied by each release; never by the closing of the cohort, since ratings are given
-- after the pairings end and so mostly after the cohort closed.
CREATE TABLE rating_holding (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    rating          smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5)
);

CREATE INDEX rating_holding_group ON rating_holding (cohort_id, respondent_role);

-- Released ratings: the only source of the rating figures. Same columns; written in shuffled
-- order with fresh random keys.
CREATE TABLE rating_released (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    rating          smallint    NOT NULL CHECK (rating BETWEEN 1 AND 5)
);

CREATE INDEX rating_released_group ON rating_released (cohort_id, respondent_role);

-- A released rating is never changed: the figures may only grow by whole batches.
CREATE FUNCTION rating_released_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'released ratings are never changed';
END
$$;

CREATE TRIGGER rating_released_unchanged BEFORE UPDATE OR TRUNCATE ON rating_released
    FOR EACH STATEMENT EXECUTE FUNCTION rating_released_unchangeable();

-- Whose rating is still held, as pulse_participation's pending: counted under the group's lock, it
-- tells how many distinct people stand behind the held rows (a senior re-paired within a cohort
-- rates twice). Cleared for the whole group at its release.
ALTER TABLE pairing
    ADD COLUMN senior_rating_pending boolean NOT NULL DEFAULT false,
    ADD COLUMN junior_rating_pending boolean NOT NULL DEFAULT false;

CREATE INDEX pairing_senior_rating_pending ON pairing (cohort_id) WHERE senior_rating_pending;
CREATE INDEX pairing_junior_rating_pending ON pairing (cohort_id) WHERE junior_rating_pending;

-- The ratings given so far wait like new ones and are released by the same rule.
INSERT INTO rating_holding (id, cohort_id, respondent_role, rating)
SELECT gen_random_uuid(), r.cohort_id, r.respondent_role, r.rating
  FROM (SELECT cohort_id, 'MENTEE' AS respondent_role, senior_rating AS rating FROM pairing
         WHERE senior_rating IS NOT NULL
        UNION ALL
        SELECT cohort_id, 'MENTOR', junior_rating FROM pairing WHERE junior_rating IS NOT NULL) r
 ORDER BY random();

UPDATE pairing SET senior_rating_pending = senior_rating IS NOT NULL,
                   junior_rating_pending = junior_rating IS NOT NULL
 WHERE senior_rating IS NOT NULL OR junior_rating IS NOT NULL;
