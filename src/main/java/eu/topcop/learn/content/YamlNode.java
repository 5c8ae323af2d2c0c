package eu.topcop.learn.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import eu.topcop.learn.platform.i18n.Language;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so that every complaint about content says exactly where
 * it is. Reading never throws for bad content: it records a problem and returns an empty value.
 */
final class YamlNode {

    static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final Node node;
    private final String file;
    private final Problems problems;
    private final int line;

    private YamlNode(Node node, String file, Problems problems, int line) {
        this.node = node;
        this.file = file;
        this.problems = problems;
        this.line = line;
    }

    /** Reads a YAML file; a syntax error becomes a problem at its line, and the result is empty. */
    static Optional<YamlNode> read(Path path, String file, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options).compose(reader);
            if (!(root instanceof MappingNode)) {
                problems.add(file, 1, "expected a YAML mapping (key: value lines)");
                return Optional.empty();
            }
            return Optional.of(
                    new YamlNode(root, file, problems, root.getStartMark().getLine() + 1));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            problems.add(file, line, "invalid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(file, 0, "invalid YAML: " + e.getMessage());
            return Optional.empty();
        } catch (IOException e) {
            problems.add(file, 0, "cannot be read: " + e.getMessage());
            return Optional.empty();
        }
    }

    int line() {
        return line;
    }

    String file() {
        return file;
    }

    void problem(String message) {
        problems.add(file, line, message);
    }

    /** Complains about keys this mapping does not know, which are usually typos. */
    void allowOnly(Set<String> keys) {
        for (NodeTuple tuple : tuples()) {
            String key = scalar(tuple.getKeyNode());
            if (key != null && !keys.contains(key)) {
                problems.add(
                        file,
                        lineOf(tuple.getKeyNode()),
                        "unknown key '" + key + "' (expected one of " + String.join(", ", keys) + ")");
            }
        }
    }

    boolean has(String key) {
        return child(key) != null;
    }

    Optional<YamlNode> field(String key) {
        Node child = child(key);
        return child == null ? Optional.empty() : Optional.of(new YamlNode(child, file, problems, lineOf(child)));
    }

    String requiredString(String key) {
        Node child = child(key);
        if (child == null) {
            problem("missing '" + key + "'");
            return null;
        }
        String value = scalar(child);
        if (value == null || value.isBlank()) {
            problems.add(file, lineOf(child), "'" + key + "' must be a non-empty text");
            return null;
        }
        return value.trim();
    }

    String requiredCode(String key) {
        String value = requiredString(key);
        if (value != null && !CODE.matcher(value).matches()) {
            problems.add(
                    file,
                    lineOf(child(key)),
                    "'" + key + "' must be a code of lower-case letters, digits and hyphens, not '" + value + "'");
            return null;
        }
        return value;
    }

    Integer requiredInt(String key, int min, int max) {
        Node child = child(key);
        if (child == null) {
            problem("missing '" + key + "'");
            return null;
        }
        return intValue(key, child, min, max);
    }

    Integer optionalInt(String key, int min, int max) {
        Node child = child(key);
        return child == null ? null : intValue(key, child, min, max);
    }

    Boolean requiredBoolean(String key) {
        Node child = child(key);
        String value = child == null ? null : scalar(child);
        if (value == null || !(value.equals("true") || value.equals("false"))) {
            problems.add(file, child == null ? line : lineOf(child), "'" + key + "' must be true or false");
            return null;
        }
        return Boolean.valueOf(value);
    }

    /** A text in several languages, {@code {en: ..., ru: ...}}; English is required. */
    Map<String, String> texts(String key, boolean required) {
        Node child = child(key);
        if (child == null) {
            if (required) {
                problem("missing '" + key + "' (a text per language, at least en)");
            }
            return Map.of();
        }
        return new YamlNode(child, file, problems, lineOf(child)).asTexts(key);
    }

    /** This node read as a text per language. */
    Map<String, String> asTexts(String what) {
        if (!(node instanceof MappingNode mapping)) {
            problem("'" + what + "' must be a text per language, for example {en: \"...\"}");
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String language = scalar(tuple.getKeyNode());
            String text = scalar(tuple.getValueNode());
            if (language == null || Language.of(language).isEmpty() || !language.equals(language.toLowerCase())) {
                problems.add(
                        file,
                        lineOf(tuple.getKeyNode()),
                        "unknown language '" + language + "' in '" + what + "' (use en, ru, uk, ka, hy, az, ro)");
            } else if (text == null || text.isBlank()) {
                problems.add(file, lineOf(tuple.getValueNode()), "empty " + language + " text in '" + what + "'");
            } else {
                texts.put(language, text.trim());
            }
        }
        if (!texts.containsKey("en")) {
            problem("'" + what + "' has no English (en) text");
        }
        return texts;
    }

    List<YamlNode> list(String key, boolean required) {
        Node child = child(key);
        if (child == null) {
            if (required) {
                problem("missing '" + key + "'");
            }
            return List.of();
        }
        if (!(child instanceof SequenceNode sequence)) {
            problems.add(file, lineOf(child), "'" + key + "' must be a list");
            return List.of();
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(item, file, problems, lineOf(item)));
        }
        return items;
    }

    /** A list of codes, each with its line for later complaints. */
    List<Located<String>> codes(String key, boolean required) {
        List<Located<String>> codes = new ArrayList<>();
        for (YamlNode item : list(key, required)) {
            String value = scalar(item.node);
            if (value == null || !CODE.matcher(value).matches()) {
                item.problem("'" + key + "' must list codes, not '" + value + "'");
            } else {
                codes.add(new Located<>(value, item.line));
            }
        }
        return codes;
    }

    /** The entries of this mapping in file order (for maps keyed by name, such as a survey's scales). */
    Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : tuples()) {
            String key = scalar(tuple.getKeyNode());
            if (key != null) {
                Node value = tuple.getValueNode();
                entries.put(key, new YamlNode(value, file, problems, lineOf(value)));
            }
        }
        return entries;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    String asScalar() {
        return scalar(node);
    }

    private Integer intValue(String key, Node child, int min, int max) {
        String value = scalar(child);
        try {
            int number = Integer.parseInt(value == null ? "" : value.trim());
            if (number < min || number > max) {
                problems.add(
                        file,
                        lineOf(child),
                        "'" + key + "' must be between " + min + " and " + max + ", not " + number);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(file, lineOf(child), "'" + key + "' must be a whole number, not '" + value + "'");
            return null;
        }
    }

    private List<NodeTuple> tuples() {
        return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
    }

    private Node child(String key) {
        for (NodeTuple tuple : tuples()) {
            if (key.equals(scalar(tuple.getKeyNode()))) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    private static int lineOf(Node node) {
        return node == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /** A value and the line it stands on. */
    record Located<T>(T value, int line) {}
}
