-- The language a person reads, as their directory profile names it (Keycloak's "locale"
-- attribute): e-mails to them are written in it. Null until the directory named one; they are then
-- written in English.
ALTER TABLE person ADD COLUMN language varchar(16);
