package eu.topcop.learn.catalogue;

/**
 * The catalogue's full-text search over everything a curriculum teaches, not only its titles: the courses' words,
 * the lessons of the modules' published versions, the learning outcomes and the names of the curricula's crime
 * priorities, each in every language it is written in (V53). Each FULLTEXT index is asked in its own SELECT of a
 * UNION ALL, since {@code MATCH (a) OR MATCH (b)} across tables uses no index; the union is read once as a derived
 * table. Every query takes {@code :words}, a {@link eu.topcop.learn.platform.persistence.FullTextQuery}'s words.
 */
final class TaughtWords {

    private static final String MATCH = " AGAINST (:words IN BOOLEAN MODE)";

    /** The lessons of each module's current (published) version, with the courses that include the module. */
    private static final String LESSONS = " FROM lesson l JOIN module_version mv ON mv.id = l.module_version_id"
            + " JOIN content_module m ON m.id = mv.module_id AND mv.version = m.current_version"
            + " JOIN course_module cm ON cm.module_code = m.code";

    /** Ids of the offerings whose course, venue, lessons, outcomes or crime priorities have the words. */
    static final String OFFERINGS = "SELECT DISTINCT hit.id FROM ("
            + "SELECT o1.id FROM course c1 JOIN offering o1 ON o1.course_id = c1.id"
            + " WHERE MATCH (c1.search_text)" + MATCH
            + " UNION ALL SELECT o2.id FROM offering o2 WHERE MATCH (o2.venue)" + MATCH
            + " UNION ALL SELECT o3.id" + LESSONS + " JOIN offering o3 ON o3.course_id = cm.course_id"
            + " WHERE MATCH (l.search_text)" + MATCH
            + " UNION ALL SELECT o4.id FROM learning_outcome lo JOIN course_outcome co ON co.outcome_id = lo.id"
            + " JOIN offering o4 ON o4.course_id = co.course_id WHERE MATCH (lo.search_text)" + MATCH
            + " UNION ALL SELECT o5.id FROM crime_priority_translation t"
            + " JOIN curriculum_priority cp ON cp.crime_priority_id = t.crime_priority_id"
            + " JOIN course c5 ON c5.curriculum_id = cp.curriculum_id JOIN offering o5 ON o5.course_id = c5.id"
            + " WHERE MATCH (t.name)" + MATCH + ") hit";

    /** Ids of the curricula whose lessons, outcomes or crime priorities have the words. */
    static final String CURRICULA = "SELECT DISTINCT hit.id FROM ("
            + "SELECT k.curriculum_id AS id" + LESSONS + " JOIN course k ON k.id = cm.course_id"
            + " WHERE MATCH (l.search_text)" + MATCH
            + " UNION ALL SELECT lo.curriculum_id FROM learning_outcome lo WHERE MATCH (lo.search_text)" + MATCH
            + " UNION ALL SELECT cp.curriculum_id FROM crime_priority_translation t"
            + " JOIN curriculum_priority cp ON cp.crime_priority_id = t.crime_priority_id"
            + " WHERE MATCH (t.name)" + MATCH + ") hit";

    private TaughtWords() {}
}
