-- Stem separation: harmonic/percussive median filtering of a short WAV, in-process.
INSERT INTO ai_capability (capability, enabled, audience, daily_quota, timeout_ms, chain) VALUES
    ('STEMS', TRUE, 'MEMBERS', 20, 120000, 'local');
