-- One row per email that was ever tried: a sign-in locks it (SELECT ... FOR UPDATE) while it
-- checks the lockout and reserves a failure, so parallel guesses are counted one after another.
CREATE TABLE identity_sign_in_gate (
    email VARCHAR(320) PRIMARY KEY
);
