-- Alerts posted to /api/v2/alerts resolve when their end passes without a repeat; the sweep that
-- finds them reads only the firing members, by end.
CREATE INDEX alert_members_firing_ends ON alert_members (ends_at) WHERE firing = TRUE;

-- What the sender last said of each alert, for GET /api/v2/alerts.
ALTER TABLE alert_members ADD COLUMN labels TEXT;
ALTER TABLE alert_members ADD COLUMN annotations TEXT;
ALTER TABLE alert_members ADD COLUMN generator_url TEXT;
ALTER TABLE alert_members ADD COLUMN updated_at BIGINT;
