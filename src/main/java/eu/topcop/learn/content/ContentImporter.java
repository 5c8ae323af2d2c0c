package eu.topcop.learn.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import eu.topcop.learn.catalogue.CurriculumDraft.KnownCodes;
import eu.topcop.learn.catalogue.CurriculumService;
import eu.topcop.learn.content.YamlNode.Located;
import eu.topcop.learn.platform.jobs.ClusterLock;
import eu.topcop.learn.platform.web.DomainException;
import io.smallrye.context.api.ManagedExecutorConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;
import org.jboss.logging.Logger;

/**
 * Imports content/: reads every curriculum and module, checks each against the rest, and publishes what is
 * valid. A broken module is refused and the published one stays; each module and curriculum is written in
 * its own transaction. A database lock keeps imports from several application nodes from overlapping.
 */
@ApplicationScoped
public class ContentImporter {

    private static final Logger LOG = Logger.getLogger(ContentImporter.class);
    private static final String LOCK = "topcop.content-import";
    private static final String KNOWLEDGE_TESTS = "knowledge-tests";

    @Inject
    CurriculumService curricula;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    ModulePublisher publisher;

    @Inject
    ImportLog log;

    @Inject
    ClusterLock locks;

    @Inject
    SurveyInstruments surveys;

    @Inject
    KnowledgeTestBanks knowledgeTests;

    @ConfigProperty(name = "lms.content.directory", defaultValue = "content")
    Path directory;

    /** Runs imports without the caller's request context: an import opens its own and outlives the request. */
    @Inject
    @ManagedExecutorConfig(
            propagated = {},
            cleared = ThreadContext.ALL_REMAINING)
    ManagedExecutor executor;

    /** Starts an import on a worker thread and returns its record's id at once, for the caller to poll. */
    public long startInBackground(String requestedBy) {
        long id = begin(requestedBy);
        executor.runAsync(() -> run(id));
        return id;
    }

    /** Starts an import record; {@link #run} then does the work (at once, or on a worker thread). */
    public long begin(String requestedBy) {
        // The database lock, not the RUNNING rows, says whether an import runs: a node that died mid-import
        // leaves a RUNNING row behind but releases its lock with its connection.
        if (locks.isHeld(LOCK)) {
            throw new DomainException.Conflict("An import is already running; wait for its report.");
        }
        return log.start(requestedBy);
    }

    /** Imports the content directory into the import record {@code id}. */
    @ActivateRequestContext
    public void run(long id) {
        run(id, directory);
    }

    @ActivateRequestContext
    void run(long id, Path root) {
        try {
            boolean ran = locks.runExclusively(LOCK, () -> {
                importAll(id, root);
                log.finish(id, ContentImport.Status.FINISHED);
            });
            if (!ran) {
                log.record(
                        id,
                        new ContentImport.Entry("import", "-", "refused", null, List.of("another import is running")));
                log.finish(id, ContentImport.Status.FAILED);
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Content import %d failed", id);
            log.finish(id, ContentImport.Status.FAILED);
        }
    }

    private void importAll(long id, Path root) {
        if (!Files.isDirectory(root)) {
            log.record(
                    id,
                    new ContentImport.Entry(
                            "import", root.toString(), "refused", null, List.of(root + ": no content directory")));
            return;
        }
        KnownCodes known = curricula.knownCodes();
        Map<String, Problems> curriculumProblems = new LinkedHashMap<>();
        List<CurriculumReader.Read> readCurricula = new ArrayList<>();
        Map<String, ModuleReader.Result> modules = new LinkedHashMap<>();
        Map<String, String> moduleFolders = new HashMap<>();
        ModuleReader moduleReader = new ModuleReader(markdown);

        for (Path area : folders(root)) {
            String areaName = root.relativize(area).toString();
            Path curriculumFile = area.resolve("curriculum.yaml");
            if (Files.isRegularFile(curriculumFile)) {
                String file = "content/" + areaName + "/curriculum.yaml";
                Problems problems = new Problems();
                CurriculumReader.read(curriculumFile, file, known, problems).ifPresent(readCurricula::add);
                curriculumProblems.put(file, problems);
            }
            for (Path folder : folders(area.resolve("modules"))) {
                String relative = "content/" + areaName + "/modules/" + folder.getFileName();
                String code = folder.getFileName().toString();
                ModuleReader.Result result = moduleReader.read(folder, relative);
                String previous = moduleFolders.putIfAbsent(code, relative);
                if (previous != null) {
                    result = new ModuleReader.Result(
                            java.util.Optional.empty(),
                            List.of(new ContentProblem(
                                    relative, 0, "module code '" + code + "' is already used by " + previous)));
                    code = relative;
                }
                modules.put(code, result);
            }
        }
        List<Path> surveyFiles = files(root.resolve("evaluation").resolve("surveys"), ".yaml");
        List<Path> knowledgeTestFiles = files(root.resolve("evaluation").resolve(KNOWLEDGE_TESTS), ".yaml");
        log.total(id, modules.size() + curriculumProblems.size() + surveyFiles.size() + knowledgeTestFiles.size());

        // Outcome codes: this import's curricula, then what is stored (a curriculum may be unchanged).
        Map<String, String> outcomeOwners = new HashMap<>(curricula.outcomeCurricula());
        for (CurriculumReader.Read read : readCurricula) {
            Problems problems = curriculumProblems.get(read.file());
            for (var outcome : read.draft().outcomes()) {
                String owner = outcomeOwners.get(outcome.code());
                if (owner != null && !owner.equals(read.draft().code())) {
                    problems.add(
                            read.file(),
                            0,
                            "learning outcome '" + outcome.code() + "' already belongs to curriculum '" + owner + "'");
                } else {
                    outcomeOwners.put(outcome.code(), read.draft().code());
                }
            }
            for (Located<String> module : read.moduleReferences()) {
                if (!modules.containsKey(module.value()) && ContentModule.count("code", module.value()) == 0) {
                    problems.add(
                            read.file(),
                            module.line(),
                            "module '" + module.value() + "' does not exist (no folder modules/" + module.value()
                                    + ")");
                }
            }
        }

        Set<String> curriculumCodes = new HashSet<>();
        for (var entry : modules.entrySet()) {
            ModuleReader.Result result = entry.getValue();
            List<String> problems = new ArrayList<>(
                    result.problems().stream().map(ContentProblem::toString).toList());
            result.module().ifPresent(draft -> problems.addAll(crossCheck(draft, known, outcomeOwners)));
            if (!problems.isEmpty() || result.module().isEmpty()) {
                log.record(id, new ContentImport.Entry("module", entry.getKey(), "refused", null, problems));
                continue;
            }
            ModulePublisher.Published published =
                    publisher.publish(result.module().get());
            log.record(
                    id,
                    new ContentImport.Entry(
                            "module",
                            entry.getKey(),
                            published.created() ? "published" : "unchanged",
                            published.version(),
                            List.of()));
        }
        for (var entry : curriculumProblems.entrySet()) {
            CurriculumReader.Read read = readCurricula.stream()
                    .filter(r -> r.file().equals(entry.getKey()))
                    .findFirst()
                    .orElse(null);
            List<String> problems = entry.getValue().list().stream()
                    .map(ContentProblem::toString)
                    .toList();
            String code = read == null || read.draft().code() == null
                    ? entry.getKey()
                    : read.draft().code();
            if (read != null
                    && read.draft().code() != null
                    && !curriculumCodes.add(read.draft().code())) {
                problems = List.of(entry.getKey() + ": curriculum code '" + code + "' is used by another file");
            }
            if (!problems.isEmpty() || read == null) {
                log.record(id, new ContentImport.Entry("curriculum", code, "refused", null, problems));
                continue;
            }
            boolean changed = curricula.save(read.draft());
            log.record(
                    id,
                    new ContentImport.Entry("curriculum", code, changed ? "published" : "unchanged", null, List.of()));
        }
        importSurveys(id, surveyFiles);
        importKnowledgeTests(id, knowledgeTestFiles, modules.values());
    }

    /** Each survey instrument on its own: a broken one is refused and its published version stays. */
    private void importSurveys(long id, List<Path> files) {
        for (Path path : files) {
            String name = path.getFileName().toString();
            String code = name.substring(0, name.length() - ".yaml".length());
            String file = "content/evaluation/surveys/" + name;
            Problems problems = new Problems();
            var read = SurveyReader.read(path, file, code, problems);
            if (!problems.isEmpty() || read.isEmpty()) {
                List<String> listed =
                        problems.list().stream().map(ContentProblem::toString).toList();
                log.record(id, new ContentImport.Entry("survey", code, "refused", null, listed));
                continue;
            }
            boolean created = surveys.publish(read.get(), path);
            log.record(
                    id, new ContentImport.Entry("survey", code, created ? "published" : "unchanged", null, List.of()));
        }
    }

    /**
     * Each knowledge test on its own, after the curricula (a test names one, stored now or by this import): a broken
     * one is refused and its published version stays. Its question ids must be nobody else's in content/: not a
     * module quiz's (participants may have seen that question online) nor another test's.
     */
    private void importKnowledgeTests(long id, List<Path> files, Collection<ModuleReader.Result> modules) {
        Map<String, String> questionOwners = new HashMap<>();
        for (ModuleReader.Result module : modules) {
            module.module()
                    .filter(draft -> draft.quiz() != null)
                    .ifPresent(draft -> draft.quiz()
                            .questions()
                            .forEach(q ->
                                    questionOwners.putIfAbsent(q.key(), draft.folder() + "/quiz.yaml:" + q.line())));
        }
        Set<String> knownCurricula = curricula.codes();
        Map<String, String> curriculumTests = new HashMap<>();
        for (Path path : files) {
            String name = path.getFileName().toString();
            String code = name.substring(0, name.length() - ".yaml".length());
            String file = "content/evaluation/" + KNOWLEDGE_TESTS + "/" + name;
            Problems problems = new Problems();
            var read = KnowledgeTestReader.read(path, file, code, problems);
            read.ifPresent(draft -> {
                Located<String> curriculum = draft.curriculum();
                if (!knownCurricula.contains(curriculum.value())) {
                    problems.add(
                            file,
                            curriculum.line(),
                            "curriculum '" + curriculum.value()
                                    + "' does not exist (no curriculum.yaml has this code)");
                } else if (curriculumTests.putIfAbsent(curriculum.value(), file) != null) {
                    problems.add(
                            file,
                            curriculum.line(),
                            "curriculum '" + curriculum.value() + "' already has a knowledge test, "
                                    + curriculumTests.get(curriculum.value()));
                }
                for (var question : draft.questions()) {
                    String owner = questionOwners.putIfAbsent(question.key(), file + ":" + question.line());
                    if (owner != null) {
                        problems.add(
                                file,
                                question.line(),
                                "question id '" + question.key() + "' is already used by " + owner);
                    }
                }
            });
            if (!problems.isEmpty() || read.isEmpty()) {
                List<String> listed =
                        problems.list().stream().map(ContentProblem::toString).toList();
                log.record(id, new ContentImport.Entry("knowledge-test", code, "refused", null, listed));
                continue;
            }
            boolean created = knowledgeTests.publish(read.get(), path);
            log.record(
                    id,
                    new ContentImport.Entry(
                            "knowledge-test", code, created ? "published" : "unchanged", null, List.of()));
        }
    }

    private static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(suffix))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    private static List<String> crossCheck(ModuleDraft draft, KnownCodes known, Map<String, String> outcomeOwners) {
        List<String> problems = new ArrayList<>();
        String file = draft.folder() + "/module.yaml";
        for (Located<String> priority : draft.crimePriorities()) {
            if (!known.portfolioPriorities().contains(priority.value())) {
                problems.add(new ContentProblem(
                                file, priority.line(), "unknown portfolio crime priority '" + priority.value() + "'")
                        .toString());
            }
        }
        for (Located<String> outcome : draft.outcomes()) {
            if (!outcomeOwners.containsKey(outcome.value())) {
                problems.add(new ContentProblem(
                                file,
                                outcome.line(),
                                "learning outcome '" + outcome.value() + "' is not defined by any curriculum")
                        .toString());
            }
        }
        return problems;
    }

    private static List<Path> folders(Path parent) {
        if (!Files.isDirectory(parent)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(parent)) {
            return list.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list " + parent, e);
        }
    }
}
