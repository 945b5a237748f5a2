package ro.semnal.catalog.content;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import ro.semnal.catalog.Localized;

/**
 * A node of a YAML file that remembers its file and line, so every problem can be reported where it is.
 * Reads through SnakeYAML's node graph (no object construction: no tags, no code).
 */
final class YamlNode {

    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final Node node;

    private YamlNode(String file, Node node) {
        this.file = file;
        this.node = node;
    }

    /** Parses a file; on a syntax error records it with its line and returns empty. */
    static Optional<YamlNode> parse(String file, byte[] content, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        options.setCodePointLimit(2 * 1024 * 1024);
        try {
            Node root = new Yaml(options).compose(new StringReader(new String(content, StandardCharsets.UTF_8)));
            if (!(root instanceof MappingNode)) {
                problems.add(file, 1, "notAMapping");
                return Optional.empty();
            }
            return Optional.of(new YamlNode(file, root));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 1;
            problems.add(file, line, "badYaml", e.getProblem() == null ? e.getMessage() : e.getProblem());
        } catch (YAMLException e) {
            problems.add(file, 1, "badYaml", e.getMessage());
        }
        return Optional.empty();
    }

    String file() {
        return file;
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    boolean isScalar() {
        return node instanceof ScalarNode;
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    Optional<YamlNode> get(String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return Optional.of(new YamlNode(file, tuple.getValueNode()));
                }
            }
        }
        return Optional.empty();
    }

    boolean has(String key) {
        return get(key).isPresent();
    }

    String scalar() {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    List<YamlNode> items() {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(n -> new YamlNode(file, n)).toList();
        }
        return List.of();
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /** A required text value; records {@code missingField} when absent or empty. */
    String text(String key, Problems problems) {
        Optional<YamlNode> value = get(key);
        String text = value.map(YamlNode::scalar).map(String::strip).orElse("");
        if (text.isEmpty()) {
            problems.add(file, value.map(YamlNode::line).orElse(line()), "missingField", key);
            return null;
        }
        return text;
    }

    Optional<String> optionalText(String key) {
        return get(key).map(YamlNode::scalar).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A required slug ([a-z0-9-]); records {@code invalidSlug} when malformed. */
    String slug(String key, Problems problems) {
        String slug = text(key, problems);
        if (slug != null && !SLUG.matcher(slug).matches()) {
            problems.add(get(key).orElseThrow(), "invalidSlug", slug);
            return null;
        }
        return slug;
    }

    /** A text given as {@code {ro: ..., en: ...}}; records each missing language. */
    Localized localized(String key, Problems problems, boolean required) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            if (required) {
                problems.add(file, line(), "missingField", key);
            }
            return new Localized(null, null);
        }
        YamlNode v = value.get();
        if (!v.isMapping()) {
            problems.add(v, "missingLanguage", key, "ro, en");
            return new Localized(null, null);
        }
        Localized text = new Localized(v.optionalText("ro").orElse(null), v.optionalText("en").orElse(null));
        if (text.ro() == null) {
            problems.add(v, "missingLanguage", key, "ro");
        }
        if (text.en() == null) {
            problems.add(v, "missingLanguage", key, "en");
        }
        return text;
    }

    int integer(String key, int defaultValue, int min, int max, Problems problems) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            int number = Integer.parseInt(value.get().scalar() == null ? "" : value.get().scalar().strip());
            if (number < min || number > max) {
                problems.add(value.get(), "outOfRange", key, number, min, max);
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(value.get(), "invalidValue", key, value.get().scalar());
            return defaultValue;
        }
    }

    boolean bool(String key, boolean defaultValue, Problems problems) {
        Optional<YamlNode> value = get(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        String text = String.valueOf(value.get().scalar()).strip().toLowerCase(java.util.Locale.ROOT);
        if (!text.equals("true") && !text.equals("false")) {
            problems.add(value.get(), "invalidValue", key, text);
            return defaultValue;
        }
        return Boolean.parseBoolean(text);
    }
}
