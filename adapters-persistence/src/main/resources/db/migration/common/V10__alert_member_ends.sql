-- Alerts posted to /api/v2/alerts resolve when their end passes without a repeat; the sweep that
-- finds them reads only the firing members, by end.
CREATE INDEX alert_members_firing_ends ON alert_members (ends_at) WHERE firing = TRUE;
