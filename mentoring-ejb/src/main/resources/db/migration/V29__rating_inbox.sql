-- Nothing with a rating's value is written in the clear in the transaction that records who rated.
--
-- The pairing keeps each party's rating so that they see what they gave, but sealed (ciphertext
-- under a content key kept outside the database, as the application's SealedText converter writes
-- it). Rating writes the pairing and, in the same transaction, only a sealed envelope into
-- rating_inbox. The group's mixer opens the envelopes in a transaction of its own and rewrites
-- every held rating of the group with fresh random keys, in the order of those keys. A release
-- clears the group's pending marks and seals the batch into rating_outbox in one transaction, and
-- writes the released ratings from that sealed batch in another. See docs/privacy.md, "Ratings of
-- the objective".

-- The ratings given before stay readable as they are (a value without the sealed prefix opens as
-- it is) until the content is sealed again; every new rating is written sealed.
ALTER TABLE pairing DROP CONSTRAINT IF EXISTS pairing_senior_rating_check;
ALTER TABLE pairing DROP CONSTRAINT IF EXISTS pairing_junior_rating_check;
ALTER TABLE pairing
    ALTER COLUMN senior_rating TYPE text USING senior_rating::text,
    ALTER COLUMN junior_rating TYPE text USING junior_rating::text;
ALTER TABLE pairing
    ADD CONSTRAINT pairing_senior_rating_check
        CHECK (senior_rating LIKE 'enc:v1:%' OR senior_rating IN ('1', '2', '3', '4', '5')),
    ADD CONSTRAINT pairing_junior_rating_check
        CHECK (junior_rating LIKE 'enc:v1:%' OR junior_rating IN ('1', '2', '3', '4', '5'));

-- Ratings on their way to rating_holding: the cohort and side, and the value sealed. No time, no
-- pairing, no serial.
CREATE TABLE rating_inbox (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    sealed          text        NOT NULL CHECK (sealed LIKE 'enc:v1:%')
);

CREATE INDEX rating_inbox_group ON rating_inbox (cohort_id, respondent_role);

-- A released batch on its way to rating_released: the values of all its ratings sealed together.
CREATE TABLE rating_outbox (
    id              uuid        PRIMARY KEY,
    cohort_id       uuid        NOT NULL REFERENCES cohort (id),
    respondent_role varchar(8)  NOT NULL CHECK (respondent_role IN ('MENTOR', 'MENTEE')),
    sealed          text        NOT NULL CHECK (sealed LIKE 'enc:v1:%')
);

-- The ratings held now were written with their pairing's row: written again here with fresh keys
-- in the order of the keys, they no longer lie in the order of rating. (The rewrite of the pairing
-- above gave every pairing row this transaction's id too, so that it ties every held rating to
-- every pairing alike, that is to none; the group's next mix writes its rows once more.)
WITH held AS (
    DELETE FROM rating_holding
    RETURNING cohort_id, respondent_role, rating
)
INSERT INTO rating_holding (id, cohort_id, respondent_role, rating)
SELECT gen_random_uuid(), cohort_id, respondent_role, rating
  FROM held
 ORDER BY 1;
