package ro.semnal.catalog.content;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/** Renders lesson Markdown (with GFM tables) to allow-listed HTML. Immutable and thread-safe. */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
    private static final List<String> LINK_SCHEMES = List.of("http://", "https://", "mailto:", "tel:");

    private final Safelist safelist = Safelist.none()
            .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "ul", "ol", "li", "strong", "em", "code",
                    "pre", "blockquote", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "sup", "sub", "del")
            .addAttributes("a", "href", "title").addAttributes("img", "src", "alt", "title")
            .addAttributes("th", "align").addAttributes("td", "align");

    public MarkdownRenderer() {
    }

    /**
     * Renders {@code markdown} and keeps only the allow-listed tags and attributes. Links survive only as
     * {@code #fragment}, http(s), mailto or tel (http(s) ones open in a new tab with {@code rel="noopener noreferrer
     * nofollow"}); images only as https. {@code assets/...} paths are replaced by {@code assetUrl.apply(path)}
     * (path percent-decoded, without a leading {@code ./}); any other URL, or an asset path with {@code ..}, empty
     * segments or a backslash, loses its attribute.
     */
    public String toSafeHtml(String markdown, Function<String, String> assetUrl) {
        Objects.requireNonNull(assetUrl, "assetUrl");
        Document clean = new Cleaner(safelist).clean(Jsoup.parseBodyFragment(render(markdown)));
        clean.outputSettings().prettyPrint(false);
        for (Element link : clean.select("a[href]")) {
            String lower = link.attr("href").strip().toLowerCase(Locale.ROOT);
            boolean external = lower.startsWith("http://") || lower.startsWith("https://");
            String href = safeUrl(link.attr("href"), false, assetUrl);
            if (href == null) {
                link.removeAttr("href");
                continue;
            }
            link.attr("href", href);
            if (external) {
                link.attr("target", "_blank").attr("rel", "noopener noreferrer nofollow");
            }
        }
        for (Element image : clean.select("img[src]")) {
            String src = safeUrl(image.attr("src"), true, assetUrl);
            if (src == null) {
                image.removeAttr("src");
            } else {
                image.attr("src", src);
            }
        }
        return clean.body().html().strip();
    }

    /** The distinct, valid {@code assets/...} paths (normalised) of links and images, raw HTML included, in order. */
    public static List<String> assetReferences(String markdown) {
        return Jsoup.parseBodyFragment(render(markdown)).select("a[href], img[src]").stream()
                .map(element -> element.attr(element.tagName().equals("a") ? "href" : "src"))
                .map(MarkdownRenderer::assetPath).flatMap(Optional::stream).distinct().toList();
    }

    /** The trimmed text of the first level-1 heading, empty if there is none (or it is blank). */
    public static Optional<String> firstHeading(String markdown) {
        return headings(markdown).stream().filter(heading -> heading.getLevel() == 1).findFirst()
                .map(MarkdownRenderer::text).filter(text -> !text.isEmpty());
    }

    /** Whether a level-2 or level-3 heading equals one of {@code headingNames}, ignoring case and a trailing colon. */
    public static boolean hasSection(String markdown, Collection<String> headingNames) {
        List<String> wanted = headingNames.stream().map(MarkdownRenderer::withoutColon).toList();
        return headings(markdown).stream().filter(heading -> heading.getLevel() == 2 || heading.getLevel() == 3)
                .map(heading -> withoutColon(text(heading))).anyMatch(text -> wanted.stream().anyMatch(text::equalsIgnoreCase));
    }

    private static String render(String markdown) {
        return HTML.render(PARSER.parse(Objects.requireNonNullElse(markdown, "")));
    }

    private static String safeUrl(String raw, boolean image, Function<String, String> assetUrl) {
        String url = raw.strip();
        Optional<String> asset = assetPath(url);
        if (asset.isPresent()) {
            return assetUrl.apply(asset.get());
        }
        String lower = url.toLowerCase(Locale.ROOT);
        Stream<String> allowed = image ? Stream.of("https://") : Stream.concat(Stream.of("#"), LINK_SCHEMES.stream());
        return allowed.anyMatch(lower::startsWith) ? url : null;
    }

    private static Optional<String> assetPath(String raw) {
        String path = raw.strip();
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (!path.startsWith("assets/") || path.contains("\\")) {
            return Optional.empty();
        }
        try {
            path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        boolean escapes = path.contains("\\") || path.chars().anyMatch(Character::isISOControl)
                || Stream.of(path.split("/", -1)).anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals(".."));
        return escapes ? Optional.empty() : Optional.of(path);
    }

    private static List<Heading> headings(String markdown) {
        List<Heading> found = new ArrayList<>();
        PARSER.parse(Objects.requireNonNullElse(markdown, "")).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                found.add(heading);
            }
        });
        return found;
    }

    private static String text(Heading heading) {
        return TEXT.render(heading).strip();
    }

    private static String withoutColon(String text) {
        String trimmed = text.strip();
        return (trimmed.endsWith(":") ? trimmed.substring(0, trimmed.length() - 1) : trimmed).strip();
    }
}
