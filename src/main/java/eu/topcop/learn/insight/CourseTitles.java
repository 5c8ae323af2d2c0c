package eu.topcop.learn.insight;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import eu.topcop.learn.catalogue.Course;
import eu.topcop.learn.platform.persistence.InList;

/** Course titles in the reader's language for the codes a page lists, read in one query. */
public final class CourseTitles {

    private final Map<String, String> titles = new HashMap<>();

    private CourseTitles() {}

    static CourseTitles of(Collection<String> codes, String language) {
        CourseTitles result = new CourseTitles();
        if (!codes.isEmpty()) {
            InList codesIn = InList.of("codes", new java.util.HashSet<>(codes));
            for (Course course : Course.<Course>list("code in " + codesIn, codesIn.parameters())) {
                String title = course.title.getOrDefault(language, course.title.get("en"));
                result.titles.put(course.code, title == null ? course.code : title);
            }
        }
        return result;
    }

    /** The course's title, or its code when the course is unknown. */
    public String title(String code) {
        return titles.getOrDefault(code, code);
    }
}
