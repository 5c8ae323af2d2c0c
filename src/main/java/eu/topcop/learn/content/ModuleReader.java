package eu.topcop.learn.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import eu.topcop.learn.content.ModuleDraft.Lesson;
import eu.topcop.learn.content.ModuleDraft.Material;
import eu.topcop.learn.platform.i18n.Language;

/** Reads one module folder (module.yaml, lessons, quiz.yaml, material/) into a draft, or says what is wrong. */
final class ModuleReader {

    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2})-([a-z0-9][a-z0-9-]*)\\.([a-z]{2})\\.md");
    private static final long MAX_MATERIAL_BYTES = 20L * 1024 * 1024;

    private final MarkdownRenderer markdown;

    ModuleReader(MarkdownRenderer markdown) {
        this.markdown = markdown;
    }

    record Result(Optional<ModuleDraft> module, List<ContentProblem> problems) {}

    Result read(Path folder, String relativeFolder) {
        Problems problems = new Problems();
        String moduleFile = relativeFolder + "/module.yaml";
        Path moduleYaml = folder.resolve("module.yaml");
        if (!Files.isRegularFile(moduleYaml)) {
            problems.add(relativeFolder, 0, "a module folder needs a module.yaml");
            return new Result(Optional.empty(), problems.list());
        }
        Optional<YamlNode> root = YamlNode.read(moduleYaml, moduleFile, problems);
        String folderName = folder.getFileName().toString();
        ModuleDraft draft = root.map(r -> {
                    r.allowOnly(Set.of(
                            "code",
                            "title",
                            "summary",
                            "crime_priorities",
                            "outcomes",
                            "estimated_minutes",
                            "material"));
                    String code = r.requiredCode("code");
                    if (code != null && !code.equals(folderName)) {
                        r.field("code")
                                .orElse(r)
                                .problem("code '" + code + "' must equal the folder name '" + folderName + "'");
                    }
                    var title = r.texts("title", true);
                    var summary = r.texts("summary", true);
                    var priorities = r.codes("crime_priorities", true);
                    if (priorities.isEmpty()) {
                        r.problem("a module needs at least one crime priority");
                    }
                    var outcomes = r.codes("outcomes", false);
                    Integer minutes = r.requiredInt("estimated_minutes", 1, 6000);
                    List<Material> material = material(r, folder, relativeFolder);
                    List<Lesson> lessons = lessons(folder, relativeFolder, problems);
                    Path quizFile = folder.resolve("quiz.yaml");
                    ModuleDraft.Quiz quiz = Files.isRegularFile(quizFile)
                            ? QuizReader.read(quizFile, relativeFolder + "/quiz.yaml", problems)
                                    .orElse(null)
                            : null;
                    if (!Files.isRegularFile(quizFile)) {
                        problems.add(relativeFolder, 0, "a module needs a question bank, quiz.yaml");
                    }
                    if (code == null || minutes == null) {
                        return null;
                    }
                    return new ModuleDraft(
                            code,
                            relativeFolder,
                            hash(folder),
                            title,
                            summary,
                            priorities,
                            outcomes,
                            minutes,
                            material,
                            lessons,
                            quiz,
                            completeLanguages(lessons));
                })
                .orElse(null);
        return new Result(problems.isEmpty() ? Optional.ofNullable(draft) : Optional.empty(), problems.list());
    }

    private List<Material> material(YamlNode root, Path folder, String relativeFolder) {
        List<Material> material = new ArrayList<>();
        for (YamlNode item : root.list("material", false)) {
            item.allowOnly(Set.of("title", "url", "file"));
            var title = item.texts("title", true);
            boolean hasUrl = item.has("url");
            boolean hasFile = item.has("file");
            if (hasUrl == hasFile) {
                item.problem("material needs either 'url' or 'file'");
                continue;
            }
            if (hasUrl) {
                String url = item.requiredString("url");
                if (url != null && !(url.startsWith("https://") || url.startsWith("http://"))) {
                    item.problem("material url must start with https:// or http://, not '" + url + "'");
                } else if (url != null) {
                    material.add(new Material(title, url, null, null, null));
                }
                continue;
            }
            String file = item.requiredString("file");
            if (file == null) {
                continue;
            }
            Path path = folder.resolve(file).normalize();
            if (!path.startsWith(folder) || !Files.isRegularFile(path)) {
                item.problem("material file '" + file + "' does not exist in " + relativeFolder);
                continue;
            }
            try {
                if (Files.size(path) > MAX_MATERIAL_BYTES) {
                    item.problem("material file '" + file + "' is larger than 20 MB: link to it instead");
                    continue;
                }
                String type = Optional.ofNullable(Files.probeContentType(path)).orElse("application/octet-stream");
                material.add(new Material(title, null, file, type, Files.readAllBytes(path)));
            } catch (IOException e) {
                item.problem("material file '" + file + "' cannot be read: " + e.getMessage());
            }
        }
        return material;
    }

    private List<Lesson> lessons(Path folder, String relativeFolder, Problems problems) {
        Map<Integer, String> slugs = new TreeMap<>();
        Map<Integer, Map<String, String>> titles = new TreeMap<>();
        Map<Integer, Map<String, String>> bodies = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                String relative = relativeFolder + "/" + name;
                Matcher m = LESSON_FILE.matcher(name);
                if (!m.matches()) {
                    problems.add(
                            relative,
                            0,
                            "a lesson file is named NN-slug.LANGUAGE.md, for example 01-legal-framework.en.md");
                    continue;
                }
                int position = Integer.parseInt(m.group(1));
                String slug = m.group(2);
                String language = m.group(3);
                if (Language.of(language).isEmpty()) {
                    problems.add(relative, 0, "unknown language '" + language + "' (use en, ru, uk, ka, hy, az, ro)");
                    continue;
                }
                String previous = slugs.putIfAbsent(position, slug);
                if (previous != null && !previous.equals(slug)) {
                    problems.add(
                            relative,
                            0,
                            "lesson " + m.group(1) + " is '" + previous + "' in another language: use the same slug");
                    continue;
                }
                String source = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                String firstLine = source.lines().findFirst().orElse("");
                if (!firstLine.startsWith("# ") || firstLine.substring(2).isBlank()) {
                    problems.add(relative, 1, "a lesson starts with its title as '# Title'");
                    continue;
                }
                titles.computeIfAbsent(position, k -> new LinkedHashMap<>())
                        .put(language, firstLine.substring(2).trim());
                String body = source.substring(firstLine.length()).strip();
                bodies.computeIfAbsent(position, k -> new LinkedHashMap<>()).put(language, markdown.toHtml(body));
            }
        } catch (IOException e) {
            problems.add(relativeFolder, 0, "cannot list the lessons: " + e.getMessage());
        }
        List<Lesson> lessons = new ArrayList<>();
        int expected = 1;
        for (var entry : slugs.entrySet()) {
            int position = entry.getKey();
            if (position != expected) {
                problems.add(
                        relativeFolder,
                        0,
                        "lessons are numbered 01, 02, ... without gaps: expected " + String.format("%02d", expected)
                                + ", found " + String.format("%02d", position));
            }
            expected = position + 1;
            Map<String, String> title = titles.getOrDefault(position, Map.of());
            if (!title.containsKey("en")) {
                problems.add(
                        relativeFolder,
                        0,
                        "lesson " + String.format("%02d-%s", position, entry.getValue()) + " has no English file");
                continue;
            }
            lessons.add(new Lesson(position, entry.getValue(), title, bodies.get(position)));
        }
        if (slugs.isEmpty()) {
            problems.add(relativeFolder, 0, "a module needs at least one lesson (01-slug.en.md)");
        }
        return lessons;
    }

    /** The languages in which every lesson exists; English always. */
    private static List<String> completeLanguages(List<Lesson> lessons) {
        return Language.SUPPORTED.stream()
                .map(Language::code)
                .filter(code -> !lessons.isEmpty()
                        && lessons.stream().allMatch(l -> l.title().containsKey(code)))
                .toList();
    }

    /** Over every file of the module, so that any change (a lesson, the quiz, material) makes a new version. */
    static String hash(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(folder.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash " + folder, e);
        }
    }
}
