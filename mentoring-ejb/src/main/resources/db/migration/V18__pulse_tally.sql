-- The released answers counted per cell of cohort, side and week: how many, and how many gave each
-- value to each question. Every figure of the micro-questions and the dashboard is an aggregate
-- over these rows instead of over the answers themselves, which grow by some ten answers per
-- session for as long as the product runs (SPEC 5, 9). The counts hold nothing the answers do not:
-- a cell only ever grows by a released batch of at least k answers.
--
-- Triggers keep the counts in step with pulse_answer, whatever writes to it, in the writing
-- transaction; increments rather than recounts, so that two transactions adding to one cell never
-- lose each other's answers.
CREATE TABLE pulse_tally (
    cohort_id         uuid        NOT NULL REFERENCES cohort (id),
    respondent_role   varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    iso_week          varchar(8)  NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
    answers           bigint      NOT NULL,
    spoke_openly_1    bigint      NOT NULL,
    spoke_openly_2    bigint      NOT NULL,
    spoke_openly_3    bigint      NOT NULL,
    spoke_openly_4    bigint      NOT NULL,
    spoke_openly_5    bigint      NOT NULL,
    felt_heard_1      bigint      NOT NULL,
    felt_heard_2      bigint      NOT NULL,
    felt_heard_3      bigint      NOT NULL,
    felt_heard_4      bigint      NOT NULL,
    felt_heard_5      bigint      NOT NULL,
    would_recommend_1 bigint      NOT NULL,
    would_recommend_2 bigint      NOT NULL,
    would_recommend_3 bigint      NOT NULL,
    would_recommend_4 bigint      NOT NULL,
    would_recommend_5 bigint      NOT NULL,
    PRIMARY KEY (cohort_id, respondent_role, iso_week)
);

-- Adds the answers a statement inserted, or takes away those it deleted: both triggers name their
-- transition table "changed".
CREATE FUNCTION pulse_tally_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
BEGIN
    INSERT INTO pulse_tally AS t (cohort_id, respondent_role, iso_week, answers,
        spoke_openly_1, spoke_openly_2, spoke_openly_3, spoke_openly_4, spoke_openly_5,
        felt_heard_1, felt_heard_2, felt_heard_3, felt_heard_4, felt_heard_5,
        would_recommend_1, would_recommend_2, would_recommend_3, would_recommend_4, would_recommend_5)
    SELECT cohort_id, respondent_role, iso_week, sign * count(*),
           sign * count(*) FILTER (WHERE spoke_openly = 1),
           sign * count(*) FILTER (WHERE spoke_openly = 2),
           sign * count(*) FILTER (WHERE spoke_openly = 3),
           sign * count(*) FILTER (WHERE spoke_openly = 4),
           sign * count(*) FILTER (WHERE spoke_openly = 5),
           sign * count(*) FILTER (WHERE felt_heard = 1),
           sign * count(*) FILTER (WHERE felt_heard = 2),
           sign * count(*) FILTER (WHERE felt_heard = 3),
           sign * count(*) FILTER (WHERE felt_heard = 4),
           sign * count(*) FILTER (WHERE felt_heard = 5),
           sign * count(*) FILTER (WHERE would_recommend = 1),
           sign * count(*) FILTER (WHERE would_recommend = 2),
           sign * count(*) FILTER (WHERE would_recommend = 3),
           sign * count(*) FILTER (WHERE would_recommend = 4),
           sign * count(*) FILTER (WHERE would_recommend = 5)
      FROM changed GROUP BY cohort_id, respondent_role, iso_week
    ON CONFLICT (cohort_id, respondent_role, iso_week) DO UPDATE SET
        answers = t.answers + excluded.answers,
        spoke_openly_1 = t.spoke_openly_1 + excluded.spoke_openly_1,
        spoke_openly_2 = t.spoke_openly_2 + excluded.spoke_openly_2,
        spoke_openly_3 = t.spoke_openly_3 + excluded.spoke_openly_3,
        spoke_openly_4 = t.spoke_openly_4 + excluded.spoke_openly_4,
        spoke_openly_5 = t.spoke_openly_5 + excluded.spoke_openly_5,
        felt_heard_1 = t.felt_heard_1 + excluded.felt_heard_1,
        felt_heard_2 = t.felt_heard_2 + excluded.felt_heard_2,
        felt_heard_3 = t.felt_heard_3 + excluded.felt_heard_3,
        felt_heard_4 = t.felt_heard_4 + excluded.felt_heard_4,
        felt_heard_5 = t.felt_heard_5 + excluded.felt_heard_5,
        would_recommend_1 = t.would_recommend_1 + excluded.would_recommend_1,
        would_recommend_2 = t.would_recommend_2 + excluded.would_recommend_2,
        would_recommend_3 = t.would_recommend_3 + excluded.would_recommend_3,
        would_recommend_4 = t.would_recommend_4 + excluded.would_recommend_4,
        would_recommend_5 = t.would_recommend_5 + excluded.would_recommend_5;
    IF TG_OP = 'DELETE' THEN
        DELETE FROM pulse_tally t USING changed c WHERE t.answers = 0
           AND (t.cohort_id, t.respondent_role, t.iso_week) = (c.cohort_id, c.respondent_role, c.iso_week);
    END IF;
    RETURN NULL;
END
$$;

-- A released answer is never changed: changing it would need its cell recounted, and nothing in
-- the product has a reason to.
CREATE FUNCTION pulse_answer_unchangeable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'released answers are never changed, only added or deleted';
END
$$;

CREATE TRIGGER pulse_answer_added AFTER INSERT ON pulse_answer
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pulse_tally_count();
CREATE TRIGGER pulse_answer_deleted AFTER DELETE ON pulse_answer
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION pulse_tally_count();
CREATE TRIGGER pulse_answer_unchanged BEFORE UPDATE OR TRUNCATE ON pulse_answer
    FOR EACH STATEMENT EXECUTE FUNCTION pulse_answer_unchangeable();

-- The answers released before the counts existed.
INSERT INTO pulse_tally (cohort_id, respondent_role, iso_week, answers,
    spoke_openly_1, spoke_openly_2, spoke_openly_3, spoke_openly_4, spoke_openly_5,
        felt_heard_1, felt_heard_2, felt_heard_3, felt_heard_4, felt_heard_5,
        would_recommend_1, would_recommend_2, would_recommend_3, would_recommend_4, would_recommend_5)
SELECT cohort_id, respondent_role, iso_week, count(*),
       count(*) FILTER (WHERE spoke_openly = 1),
           count(*) FILTER (WHERE spoke_openly = 2),
           count(*) FILTER (WHERE spoke_openly = 3),
           count(*) FILTER (WHERE spoke_openly = 4),
           count(*) FILTER (WHERE spoke_openly = 5),
           count(*) FILTER (WHERE felt_heard = 1),
           count(*) FILTER (WHERE felt_heard = 2),
           count(*) FILTER (WHERE felt_heard = 3),
           count(*) FILTER (WHERE felt_heard = 4),
           count(*) FILTER (WHERE felt_heard = 5),
           count(*) FILTER (WHERE would_recommend = 1),
           count(*) FILTER (WHERE would_recommend = 2),
           count(*) FILTER (WHERE would_recommend = 3),
           count(*) FILTER (WHERE would_recommend = 4),
           count(*) FILTER (WHERE would_recommend = 5)
  FROM pulse_answer GROUP BY cohort_id, respondent_role, iso_week;
