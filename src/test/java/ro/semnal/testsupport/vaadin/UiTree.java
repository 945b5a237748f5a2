package ro.semnal.testsupport.vaadin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The client's copy of a Vaadin UI's state tree, kept up to date from the {@code changes} of each UIDL response,
 * the way Flow's client does: nodes with their tag, properties, attributes, text, children and the DOM events the
 * server listens to (with the event data it wants). Enough to find a component by id, tag or text.
 */
public final class UiTree {

    // Flow's node feature ids (NodeFeatureRegistry), as they appear in "feat"
    public static final int ELEMENT_DATA = 0;
    public static final int PROPERTIES = 1;
    public static final int CHILDREN = 2;
    public static final int ATTRIBUTES = 3;
    public static final int LISTENERS = 4;
    public static final int TEXT = 7;
    public static final int VIRTUAL_CHILDREN = 24;

    public static final class Node {
        public final int id;
        public Node parent;
        public String tag;
        public String text;
        public final Map<String, JsonNode> properties = new HashMap<>();
        public final Map<String, String> attributes = new HashMap<>();
        public final Map<String, String> listeners = new HashMap<>();
        public final List<Integer> children = new ArrayList<>();
        public final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        public String attribute(String name) {
            return attributes.get(name);
        }

        public String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag + (attributes.containsKey("id") ? " id=" + attributes.get("id") : "") + ">";
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();

    public void apply(JsonNode uidl) {
        JsonNode newConstants = uidl.get("constants");
        if (newConstants != null) {
            newConstants.properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        JsonNode changes = uidl.get("changes");
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asText();
            if ("detach".equals(type)) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "attach" -> { }
                case "put" -> put(node, feature, change);
                case "remove" -> remove(node, feature, change.get("key").asText());
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    List<Integer> list = childList(node, feature);
                    if (list != null) {
                        list.clear();
                    }
                }
                default -> { }
            }
        }
    }

    private void put(Node node, int feature, JsonNode change) {
        String key = change.get("key").asText();
        JsonNode value = change.has("nodeValue") ? change.get("nodeValue") : change.get("value");
        switch (feature) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value == null ? null : value.asText());
            case LISTENERS -> node.listeners.put(key, value.asText());
            case TEXT -> node.text = value.asText();
            default -> { }
        }
    }

    private void remove(Node node, int feature, String key) {
        switch (feature) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            case LISTENERS -> node.listeners.remove(key);
            default -> { }
        }
    }

    private void splice(Node node, int feature, JsonNode change) {
        List<Integer> list = childList(node, feature);
        if (list == null) {
            return;
        }
        int index = change.get("index").asInt();
        int removed = change.path("remove").asInt(0);
        for (int i = 0; i < removed && index < list.size(); i++) {
            list.remove(index);
        }
        JsonNode added = change.get("addNodes");
        if (added != null) {
            int at = index;
            for (JsonNode child : added) {
                Node c = nodes.computeIfAbsent(child.asInt(), Node::new);
                c.parent = node;
                list.add(at++, c.id);
            }
        }
    }

    private List<Integer> childList(Node node, int feature) {
        return feature == CHILDREN ? node.children : feature == VIRTUAL_CHILDREN ? node.virtualChildren : null;
    }

    /** The event data the server wants with this DOM event: each expression with a neutral value. */
    public Map<String, Object> eventData(Node node, String event) {
        Map<String, Object> data = new LinkedHashMap<>();
        String key = node.listeners.get(event);
        JsonNode expressions = key == null ? null : constants.get(key);
        if (expressions != null) {
            expressions.properties().forEach(e -> {
                String expression = e.getKey();
                if (!expression.matches("\\d+")) { // numeric keys are debounce settings, not data
                    data.put(expression, expression.endsWith("Key") ? Boolean.FALSE : (Object) 0);
                }
            });
        }
        return data;
    }

    public Optional<Node> byId(String id) {
        return find(n -> id.equals(n.attributes.get("id")));
    }

    public Optional<Node> find(Predicate<Node> test) {
        return reachable().stream().filter(test).findFirst();
    }

    public List<Node> findAll(Node root, Predicate<Node> test) {
        List<Node> found = new ArrayList<>();
        collect(root, test, found);
        return found;
    }

    private void collect(Node node, Predicate<Node> test, List<Node> found) {
        if (test.test(node)) {
            found.add(node);
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                collect(c, test, found);
            }
        }
        for (int child : node.virtualChildren) {
            Node c = nodes.get(child);
            if (c != null) {
                collect(c, test, found);
            }
        }
    }

    /** The options of a radio button or checkbox group, in the order shown; their {@code value} is the item's key. */
    public List<Node> options(Node group) {
        return findAll(group, n -> n != group && n.property("value") != null
                && ("vaadin-radio-button".equals(n.tag) || "vaadin-checkbox".equals(n.tag)));
    }

    /** The nodes attached under the UI (node 1), in document order; removed components are not found. */
    public List<Node> reachable() {
        Node root = nodes.get(1);
        return root == null ? List.of() : findAll(root, n -> true);
    }

    /** The text content of a node and its descendants. */
    public String text(Node node) {
        StringBuilder out = new StringBuilder();
        for (Node n : findAll(node, n -> n.text != null)) {
            out.append(n.text);
        }
        return out.toString();
    }

    public int size() {
        return nodes.size();
    }
}
