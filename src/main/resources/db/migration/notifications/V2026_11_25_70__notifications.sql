-- What members are told. digest_due marks rows whose kind the recipient wanted by email at the
-- time it was raised; the digest job claims them (digest_claim, digest_claimed_at) with a
-- conditional UPDATE and sets digest_sent_at once the mail is out.
CREATE TABLE notifications_notification (
    id                UUID          NOT NULL PRIMARY KEY,
    recipient         UUID          NOT NULL,
    kind              VARCHAR(40)   NOT NULL,
    text              VARCHAR(500)  NOT NULL,
    link              VARCHAR(500)  NOT NULL,
    actor             UUID,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at           TIMESTAMP WITH TIME ZONE,
    digest_due        BOOLEAN       NOT NULL,
    digest_claim      UUID,
    digest_claimed_at TIMESTAMP WITH TIME ZONE,
    digest_sent_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notifications_notification_recipient_idx ON notifications_notification (recipient, created_at, id);
CREATE INDEX notifications_notification_digest_idx ON notifications_notification (digest_due, digest_sent_at, recipient);

-- A member's choice per kind; kinds without a row use their default.
CREATE TABLE notifications_preference (
    account   UUID        NOT NULL,
    kind      VARCHAR(40) NOT NULL,
    delivery  VARCHAR(10) NOT NULL,
    CONSTRAINT notifications_preference_pk PRIMARY KEY (account, kind)
);
