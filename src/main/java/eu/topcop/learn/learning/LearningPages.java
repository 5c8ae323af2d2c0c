package eu.topcop.learn.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import eu.topcop.learn.enrolment.CurrentPerson;
import eu.topcop.learn.learning.LearningService.Learning;
import eu.topcop.learn.learning.LearningService.PlayerLesson;
import eu.topcop.learn.platform.i18n.RequestLanguage;
import eu.topcop.learn.platform.web.Refusal;
import eu.topcop.learn.platform.web.Refusals;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import static eu.topcop.learn.platform.web.PageForms.see;

/**
 * The module player and "my learning": small server-rendered pages, one lesson at a time. Showing a lesson
 * records only that it was shown; moving on (a POST) records it as read, in order.
 */
@Path("/learning")
@Produces(MediaType.TEXT_HTML)
public class LearningPages {

    /**
     * What a learner put on a paper's form (in the paper's ids, as {@link #answers} reads them), to show it again
     * when the form comes back, with the questions left unanswered.
     */
    public record PaperAnswers(Map<String, List<String>> values, Set<String> unanswered) {

        /** Whether a choice (single, multiple, true-false) was ticked. */
        public boolean chose(String question, String value) {
            return values.getOrDefault(question, List.of()).contains(value);
        }

        /** Whether the right-hand item was chosen for the left-hand item at {@code left} (in the paper's order). */
        public boolean matched(String question, int left, String value) {
            List<String> chosen = values.getOrDefault(question, List.of());
            return left < chosen.size() && chosen.get(left).equals(value);
        }

        /** The rank given to an item to order, or the rank it is shown at when none was given. */
        public int rank(String question, String value, int shown) {
            int given = values.getOrDefault(question, List.of()).indexOf(value);
            return given < 0 ? shown : given + 1;
        }

        public boolean unanswered(String question) {
            return unanswered.contains(question);
        }

        public int unansweredCount() {
            return unanswered.size();
        }

        /** Whether the form came back because questions were left unanswered. */
        public boolean refused() {
            return !unanswered.isEmpty();
        }

        static PaperAnswers none() {
            return new PaperAnswers(Map.of(), Set.of());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(
                List<Learning> modules, CompletionService.Transcript transcript, String done);

        static native TemplateInstance lesson(PlayerLesson player);

        static native TemplateInstance preTest(String module, eu.topcop.learn.platform.i18n.Localized title);

        static native TemplateInstance quiz(QuizService.AttemptView attempt, PaperAnswers given, Refusal refusal);

        static native TemplateInstance result(QuizService.Result result);

        static native TemplateInstance cohort(CohortService.Cohort cohort, String moduleTitle);
    }

    @Inject
    LearningService learning;

    @Inject
    QuizService quizzes;

    @Inject
    CohortService cohorts;

    @Inject
    CompletionService completions;

    @Inject
    eu.topcop.learn.content.ContentService content;

    @Inject
    eu.topcop.learn.platform.security.CurrentUser user;

    @Inject
    CurrentPerson me;

    @Inject
    RequestLanguage language;

    @Inject
    Refusals refusals;

    @GET
    @Authenticated
    public TemplateInstance mine(@QueryParam("done") String done) {
        return Templates.mine(
                learning.mine(me.get(), language.get()),
                completions.transcript(me.get(), language.get()),
                done == null ? "" : done);
    }

    @POST
    @Path("modules/{code}/start")
    @Authenticated
    public Response start(@PathParam("code") String code) {
        int lesson = learning.startOrResume(code, me.get());
        if (lesson == 1 && quizzes.preTestOffered(code, me.get())) {
            return see("/learning/modules/" + code + "/pre-test");
        }
        return see("/learning/modules/" + code + "/lessons/" + lesson);
    }

    /** Offers the pre-test before the first lesson: take it, or skip to the lessons. */
    @GET
    @Path("modules/{code}/pre-test")
    @Authenticated
    public Response preTest(@PathParam("code") String code) {
        if (!quizzes.preTestOffered(code, me.get())) {
            return see("/learning/modules/" + code + "/lessons/1");
        }
        var title = content.localizedModuleTitles(List.of(code), language.get())
                .getOrDefault(code, new eu.topcop.learn.platform.i18n.Localized(code, true));
        return Response.ok(Templates.preTest(code, title)).build();
    }

    @POST
    @Path("modules/{code}/pre-test")
    @Authenticated
    public Response startPreTest(@PathParam("code") String code) {
        return see("/learning/modules/" + code + "/quiz/attempts/" + quizzes.startPreTest(code, me.get()));
    }

    @GET
    @Path("modules/{code}/lessons/{n}")
    @Authenticated
    @eu.topcop.learn.platform.web.Revalidated
    public TemplateInstance lesson(@PathParam("code") String code, @PathParam("n") int n) {
        return Templates.lesson(learning.lesson(code, n, me.get(), language.get()));
    }

    @POST
    @Path("modules/{code}/lessons/{n}/read")
    @Authenticated
    public Response read(@PathParam("code") String code, @PathParam("n") int n) {
        int next = learning.read(code, n, me.get());
        return next == 0 ? see("/learning?done=" + code) : see("/learning/modules/" + code + "/lessons/" + next);
    }

    @POST
    @Path("modules/{code}/quiz")
    @Authenticated
    public Response startQuiz(@PathParam("code") String code) {
        return see("/learning/modules/" + code + "/quiz/attempts/" + quizzes.start(code, me.get()));
    }

    @GET
    @Path("modules/{code}/quiz/attempts/{n}")
    @Authenticated
    public Response attempt(@PathParam("code") String code, @PathParam("n") int n) {
        QuizService.AttemptView attempt = quizzes.attempt(code, n, me.get(), language.get());
        if (attempt.submitted()) {
            return see("/learning/modules/" + code + "/quiz/attempts/" + n + "/result");
        }
        return Response.ok(Templates.quiz(attempt, PaperAnswers.none(), Refusal.none()))
                .build();
    }

    /**
     * Submits the quiz form; the answers as {@link #answers} reads them. A refused submission (a pre-test that
     * closed when the lessons began) shows the paper again with every answer as chosen and the reason on top.
     */
    @POST
    @Path("modules/{code}/quiz/attempts/{n}")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Authenticated
    public Response submit(
            @PathParam("code") String code,
            @PathParam("n") int n,
            jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = answers(form);
        return refusals.attempt(
                () -> {
                    quizzes.submit(code, n, me.get(), answers, language.get());
                    return see("/learning/modules/" + code + "/quiz/attempts/" + n + "/result");
                },
                refusal -> Templates.quiz(
                        quizzes.attempt(code, n, me.get(), language.get()),
                        new PaperAnswers(answers, Set.of()),
                        refusal));
    }

    /**
     * The answers as the form sends them, in the paper's ids: {@code a-KEY} for choices, true/false and
     * matching (one value per left-hand item, in the order shown), {@code o-KEY-ID} with a rank for each item
     * to order. Items are put in the order of their ranks; an unreadable rank leaves the question unanswered,
     * which scores it 0; two items given the same rank are ordered by their (random) ids.
     */
    static Map<String, List<String>> answers(jakarta.ws.rs.core.MultivaluedMap<String, String> form) {
        Map<String, List<String>> answers = new HashMap<>();
        Map<String, List<Rank>> ranks = new HashMap<>();
        Set<String> unreadable = new HashSet<>();
        form.forEach((name, values) -> {
            if (name.startsWith("a-")) {
                answers.put(name.substring(2), List.copyOf(values));
            } else if (name.startsWith("o-") && name.lastIndexOf('-') > 2) {
                String key = name.substring(2, name.lastIndexOf('-'));
                String item = name.substring(name.lastIndexOf('-') + 1);
                try {
                    int rank = Integer.parseInt(
                            values.isEmpty() ? "" : values.get(0).strip());
                    ranks.computeIfAbsent(key, k -> new ArrayList<>()).add(new Rank(rank, item));
                } catch (NumberFormatException e) {
                    unreadable.add(key);
                }
            }
        });
        ranks.forEach((key, items) -> {
            if (!unreadable.contains(key)) {
                answers.put(
                        key,
                        items.stream()
                                .sorted(Comparator.comparingInt(Rank::rank).thenComparing(Rank::item))
                                .map(Rank::item)
                                .toList());
            }
        });
        return answers;
    }

    private record Rank(int rank, String item) {}

    @GET
    @Path("modules/{code}/quiz/attempts/{n}/result")
    @Authenticated
    public TemplateInstance result(@PathParam("code") String code, @PathParam("n") int n) {
        return Templates.result(quizzes.result(code, n, me.get(), language.get()));
    }

    @GET
    @Path("cohorts/{module}")
    @jakarta.annotation.security.RolesAllowed({
        eu.topcop.learn.platform.security.Roles.COURSE_MANAGER,
        eu.topcop.learn.platform.security.Roles.ADMIN,
        eu.topcop.learn.platform.security.Roles.TRAINER
    })
    public TemplateInstance cohort(
            @PathParam("module") String module, @QueryParam("page") @jakarta.ws.rs.DefaultValue("0") int page) {
        CohortService.Cohort cohort =
                LearningResource.cohortFor(cohorts, user, module, Math.max(0, page), 50, language.get());
        // People read the module's title; its code stays in the addresses.
        String title = content.moduleTitles(List.of(module), language.get()).getOrDefault(module, module);
        return Templates.cohort(cohort, title);
    }
}
