-- People as the corporate directory knows them, keyed by the OIDC subject.
CREATE TABLE person (
    subject          varchar(64)  PRIMARY KEY,
    username         varchar(255) NOT NULL UNIQUE,
    display_name     varchar(255) NOT NULL,
    department       varchar(100),
    grade            integer      CHECK (grade BETWEEN 1 AND 10),
    manager_username varchar(255),
    active           boolean      NOT NULL,
    changed_at     timestamp with time zone NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
