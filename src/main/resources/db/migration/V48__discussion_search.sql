-- Search across discussions (issue 15): a FULLTEXT index on the posts' text and one on the threads' titles. The
-- search asks each index in its own SELECT and joins their UNION: `MATCH (post) OR MATCH (title)` across the two
-- tables would make MariaDB read every row instead of using either index. InnoDB's default parser splits words on
-- what is not a letter or digit in any script, so Cyrillic, Georgian and Armenian words are indexed as Latin ones;
-- words shorter than innodb_ft_min_token_size (3, the server's default, which the embedded server keeps) are not.
CREATE FULLTEXT INDEX ft_discussion_post_body ON discussion_post (body);
CREATE FULLTEXT INDEX ft_discussion_thread_title ON discussion_thread (title);
