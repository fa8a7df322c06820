-- Doorstep schema v11: reserved. Issue #14's statistics were built beside another
-- migration numbered 11; this placeholder keeps the versions contiguous on the
-- stats branch and is dropped when the branches are merged (the lead renumbers).
SELECT 1;
