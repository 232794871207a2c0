-- Music: composed in-process (algorithmic score, recorded by the JDK's synthesizer), on for members like text.
INSERT INTO ai_capability (capability, enabled, audience, daily_quota, timeout_ms, chain) VALUES
    ('MUSIC', TRUE, 'MEMBERS', 20, 120000, 'local');
