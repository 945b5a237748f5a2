package ro.semnal.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;

/**
 * What a stored XSS payload would need to run in the browser, looked for in everything the UI holds: markup
 * set as HTML (an {@code innerHTML} property, which {@code Html} and {@code setInnerHTML} use), event-handler
 * attributes, script-bearing URLs and script or frame elements. Texts, grid cells and properties are plain text
 * to the browser, so a payload there is shown, never run.
 */
final class Inert {

    static final List<String> ACTIVE_TAGS = List.of("script", "iframe", "frame", "object", "embed", "svg", "math",
            "form", "input", "button", "style", "link", "meta", "base");

    private Inert() {
    }

    /** Fails if anything of the current UI could run a payload; returns every text shown, grid cells included. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static String assertNothingRuns() {
        StringBuilder shown = new StringBuilder();
        UI.getCurrent().getChildren().forEach(component -> walk(component, shown));
        for (Grid grid : _find(Grid.class)) {
            int rows = Math.min(GridKt._size(grid), 200);
            for (int i = 0; i < rows; i++) {
                shown.append(String.join(" | ", GridKt._getFormattedRow(grid, i))).append('\n');
            }
        }
        return shown.toString();
    }

    /** Markup the browser will parse: no element, attribute or URL in it may run script, frame or post anything. */
    static void assertMarkupInert(String html) {
        for (org.jsoup.nodes.Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.tagName()).as("element in %s", html).isNotIn(ACTIVE_TAGS);
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in %s", html).doesNotStartWith("on").isNotEqualTo("style")
                        .isNotEqualTo("srcdoc").isNotEqualTo("formaction");
                assertThat(value).as("attribute %s in %s", name, html).doesNotStartWith("javascript:")
                        .doesNotStartWith("data:").doesNotStartWith("vbscript:");
            }
        }
    }

    private static void walk(Component component, StringBuilder shown) {
        walk(component.getElement(), shown);
        component.getChildren().forEach(child -> walk(child, shown));
    }

    private static void walk(Element element, StringBuilder shown) {
        if (element.isTextNode()) {
            shown.append(element.getText()).append('\n');
            return;
        }
        assertThat(element.getTag()).as("an element that runs or frames content").isNotIn("script", "iframe", "object",
                "embed", "frame");
        Object html = element.getPropertyRaw("innerHTML");
        if (html != null) {
            assertMarkupInert(html.toString());
            shown.append(Jsoup.parseBodyFragment(html.toString()).text()).append('\n');
        }
        element.getAttributeNames().forEach(name -> {
            assertThat(name).as("event handler attribute on <%s>", element.getTag()).doesNotStartWith("on");
            String value = String.valueOf(element.getAttribute(name)).strip().toLowerCase(Locale.ROOT);
            assertThat(value).as("attribute %s of <%s>", name, element.getTag()).doesNotStartWith("javascript:")
                    .doesNotStartWith("data:text/html");
        });
        element.getPropertyNames().forEach(name -> {
            if (!name.equals("innerHTML")) {
                shown.append(element.getPropertyRaw(name)).append('\n');
            }
        });
        element.getChildren().forEach(child -> walk(child, shown));
    }
}
