-- Learning integrity (issue 12).

-- Papers drawn before this version showed the bank's option ids and positions, which give the answers away
-- (matching: row k's answer was k; ordering: the field names carried the right order). An attempt still open
-- is withdrawn: it was never submitted, so it does not count against the attempt limit, and the next start
-- draws a paper of opaque choice ids. Submitted attempts keep their answers and scores.
DELETE FROM quiz_attempt WHERE submitted_at IS NULL;
