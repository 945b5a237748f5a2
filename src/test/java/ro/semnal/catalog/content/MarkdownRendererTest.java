package ro.semnal.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private static final List<String> SECTION_NAMES = List.of("Sources", "Surse");

    private final MarkdownRenderer renderer = new MarkdownRenderer();
    private final List<String> requestedAssets = new ArrayList<>();

    private String html(String markdown) {
        return renderer.toSafeHtml(markdown, path -> {
            requestedAssets.add(path);
            return "/files/lesson-1/" + path;
        });
    }

    // --- hostile Markdown -------------------------------------------------------------------------------------

    @Test
    void a_script_tag_in_markdown_is_removed() {
        String html = html("Salut\n\n<script>alert(1)</script>\n\nLa revedere");
        assertThat(html).doesNotContainIgnoringCase("script").doesNotContain("alert")
                .contains("<p>Salut</p>").contains("<p>La revedere</p>");
    }

    @Test
    void an_image_with_an_onerror_handler_loses_the_handler_and_its_relative_source() {
        String html = html("<img src=x onerror=alert(1)>");
        assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContain("alert").doesNotContain("src");
        assertThat(Jsoup.parseBodyFragment(html).select("img")).hasSize(1);
    }

    @Test
    void a_javascript_link_keeps_its_text_but_loses_its_href() {
        assertThat(html("[x](javascript:alert(1))")).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void a_mixed_case_javascript_link_loses_its_href() {
        assertThat(html("[x](JaVaScRiPt:alert(1))")).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void an_entity_encoded_javascript_link_loses_its_href() {
        assertThat(html("[x](&#106;avascript:alert(1))")).isEqualTo("<p><a>x</a></p>");
        assertThat(html("<a href=\"java&#x09;script:alert(1)\">y</a>")).doesNotContain("href").doesNotContain("alert");
    }

    @Test
    void a_vbscript_link_loses_its_href() {
        assertThat(html("[x](vbscript:msgbox(1))")).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void data_urls_are_removed_from_links_and_images() {
        String html = html("""
                [link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

                ![image](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)

                <img src="data:image/svg+xml,<svg onload=alert(1)>">
                """);
        assertThat(html).doesNotContainIgnoringCase("data:").doesNotContain("base64").doesNotContain("href")
                .doesNotContain("src").contains("<a>link</a>").contains("alt=\"image\"");
    }

    @Test
    void an_iframe_is_removed() {
        String html = html("Înainte\n\n<iframe src=\"https://evil.example/\"></iframe>\n\nDupă");
        assertThat(html).doesNotContainIgnoringCase("iframe").doesNotContain("evil.example").contains("<p>După</p>");
    }

    @Test
    void an_svg_with_onload_is_removed() {
        String html = html("<svg onload=alert(1)><circle r=\"40\"/></svg>\n\nText");
        assertThat(html).doesNotContainIgnoringCase("svg").doesNotContain("onload").doesNotContain("circle")
                .doesNotContain("alert").contains("<p>Text</p>");
    }

    @Test
    void a_link_with_onclick_loses_the_handler_and_its_relative_href() {
        assertThat(html("Vezi <a href=\"x\" onclick=\"alert(1)\">aici</a>.")).isEqualTo("<p>Vezi <a>aici</a>.</p>");
    }

    @Test
    void style_attributes_and_style_elements_are_removed() {
        String html = html("<p style=\"color:red\">Roșu</p>\n\n<style>p { display: none }</style>\n\n**Gras**");
        assertThat(html).doesNotContainIgnoringCase("style").doesNotContain("display")
                .contains("<p>Roșu</p>").contains("<strong>Gras</strong>");
    }

    @Test
    void a_form_and_its_inputs_are_removed() {
        String html = html("<form action=\"https://evil.example/\"><input type=\"password\" name=\"p\"></form>\n\nText");
        assertThat(html).doesNotContainIgnoringCase("form").doesNotContain("input").doesNotContain("password")
                .doesNotContain("evil.example").contains("<p>Text</p>");
    }

    @Test
    void an_http_image_is_removed_but_an_https_image_is_kept() {
        String html = html("![a](http://example.com/a.png) ![b](https://example.com/b.png)");
        assertThat(html).doesNotContain("http://example.com/a.png").contains("src=\"https://example.com/b.png\"");
    }

    // --- what survives ----------------------------------------------------------------------------------------

    @Test
    void headings_lists_tables_and_emphasis_survive() {
        Document doc = Jsoup.parseBodyFragment(html("""
                # Titlu

                ## Subtitlu

                - unu
                - doi

                1. primul
                2. al doilea

                | Sursă | Scor |
                |:------|-----:|
                | A     | 1    |

                *înclinat* și **gras** și `cod` și <sup>1</sup> <sub>2</sub> <del>șters</del>

                > citat

                ```
                bloc de cod
                ```

                ---
                """));
        assertThat(doc.select("h1").text()).isEqualTo("Titlu");
        assertThat(doc.select("h2").text()).isEqualTo("Subtitlu");
        assertThat(doc.select("ul > li")).hasSize(2);
        assertThat(doc.select("ol > li")).hasSize(2);
        assertThat(doc.select("table > thead > tr > th")).extracting(e -> e.attr("align")).containsExactly("left", "right");
        assertThat(doc.select("table > tbody > tr > td").eachText()).containsExactly("A", "1");
        assertThat(doc.select("em").text()).isEqualTo("înclinat");
        assertThat(doc.select("strong").text()).isEqualTo("gras");
        assertThat(doc.select("p > code").text()).isEqualTo("cod");
        assertThat(doc.select("sup").text()).isEqualTo("1");
        assertThat(doc.select("sub").text()).isEqualTo("2");
        assertThat(doc.select("del").text()).isEqualTo("șters");
        assertThat(doc.select("blockquote > p").text()).isEqualTo("citat");
        assertThat(doc.select("pre > code").text()).isEqualTo("bloc de cod");
        assertThat(doc.select("hr")).hasSize(1);
    }

    @Test
    void romanian_diacritics_survive_unchanged() {
        String text = "Știința țării: ă î â ș ț Ă Î Â Ș Ț";
        assertThat(html(text)).isEqualTo("<p>" + text + "</p>");
    }

    @Test
    void an_asset_image_is_rewritten_through_the_function() {
        assertThat(html("![Hartă](assets/map.png)"))
                .isEqualTo("<p><img src=\"/files/lesson-1/assets/map.png\" alt=\"Hartă\"></p>");
        assertThat(requestedAssets).containsExactly("assets/map.png");
    }

    @Test
    void a_handout_link_is_rewritten_without_the_leading_dot_slash() {
        assertThat(html("[Fișa de lucru](./assets/handout.pdf)"))
                .isEqualTo("<p><a href=\"/files/lesson-1/assets/handout.pdf\">Fișa de lucru</a></p>");
        assertThat(requestedAssets).containsExactly("assets/handout.pdf");
    }

    @Test
    void an_asset_path_that_escapes_is_dropped() {
        String html = html("""
                ![a](assets/../secret.png) [b](assets/../../etc/passwd) [c](assets/%2e%2e/secret)

                <img src="assets\\..\\secret.png" alt="d">
                """);
        assertThat(html).doesNotContain("src").doesNotContain("href").doesNotContain("secret").doesNotContain("passwd");
        assertThat(requestedAssets).isEmpty();
    }

    @Test
    void a_fragment_link_is_kept_but_other_relative_links_are_removed() {
        assertThat(html("[a](other.md) [b](/admin) [c](#surse)"))
                .isEqualTo("<p><a>a</a> <a>b</a> <a href=\"#surse\">c</a></p>");
    }

    @Test
    void an_external_https_link_opens_in_a_new_tab_without_referrer() {
        assertThat(html("[Factual](https://www.factual.ro/)")).isEqualTo(
                "<p><a href=\"https://www.factual.ro/\" target=\"_blank\" rel=\"noopener noreferrer nofollow\">Factual</a></p>");
    }

    @Test
    void mailto_and_tel_links_are_kept_without_a_target() {
        assertThat(html("[scrie](mailto:ajutor@semnal.ro) [sună](tel:+40210000000)")).isEqualTo(
                "<p><a href=\"mailto:ajutor@semnal.ro\">scrie</a> <a href=\"tel:+40210000000\">sună</a></p>");
    }

    // --- static helpers ---------------------------------------------------------------------------------------

    @Test
    void asset_references_lists_valid_asset_paths_of_links_and_images_in_order() {
        String markdown = """
                ![Hartă](assets/map.png)

                [Fișa](./assets/handout.pdf) și [extern](https://example.com/assets/x.png)

                <img src="./assets/photo.jpg"> <a href="assets/notes.txt">note</a>

                ![fals](assets/../secret.png) ![din nou](assets/map.png)
                """;
        assertThat(MarkdownRenderer.assetReferences(markdown))
                .containsExactly("assets/map.png", "assets/handout.pdf", "assets/photo.jpg", "assets/notes.txt");
    }

    @Test
    void first_heading_is_the_trimmed_text_of_the_first_level_one_heading() {
        assertThat(MarkdownRenderer.firstHeading("Intro\n\n## Nu acesta\n\n#   Lecția *1*: știri   \n\n# A doua"))
                .contains("Lecția 1: știri");
        assertThat(MarkdownRenderer.firstHeading("## Doar nivelul doi")).isEmpty();
    }

    @Test
    void has_section_matches_level_two_or_three_headings_ignoring_case_and_a_trailing_colon() {
        assertThat(MarkdownRenderer.hasSection("# T\n\n## Surse:\n\n- a", SECTION_NAMES)).isTrue();
        assertThat(MarkdownRenderer.hasSection("# T\n\n### SOURCES", SECTION_NAMES)).isTrue();
        assertThat(MarkdownRenderer.hasSection("# Surse", SECTION_NAMES)).isFalse();
        assertThat(MarkdownRenderer.hasSection("#### Surse", SECTION_NAMES)).isFalse();
        assertThat(MarkdownRenderer.hasSection("## Sursele noastre", SECTION_NAMES)).isFalse();
        assertThat(MarkdownRenderer.hasSection("Surse: vezi mai jos", SECTION_NAMES)).isFalse();
    }
}
