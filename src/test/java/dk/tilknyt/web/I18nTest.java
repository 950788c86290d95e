package dk.tilknyt.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every user-facing string goes through the bundles, Danish first and English second (like
 * petclinic's I18nPropertiesSyncTest): the two languages have the same keys, templates use only keys
 * that exist, and no template shows text of its own (a heuristic scan of text nodes and of the
 * attributes people read: title, alt, placeholder, aria-label).
 */
class I18nTest {

    private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();

    /** Text a template may show as it is: the brand and each language's own name. */
    private static final Set<String> ALLOWED_TEXT = Set.of("Tilknyt", "Dansk", "English");
    private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr");
    private static final Pattern TEXT_REPLACING = Pattern.compile("\\s(th:(text|utext|replace|insert)|sec:authentication)\\s*=");
    private static final Pattern READABLE_ATTRIBUTE =
            Pattern.compile("\\s(title|alt|placeholder|aria-label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");

    @Test
    void everyDanishKeyHasAnEnglishOneAndViceVersa() throws IOException {
        Map<String, String> problems = new TreeMap<>();
        for (Resource danish : RESOURCES.getResources("classpath*:i18n/*.properties")) {
            String name = danish.getFilename();
            if (name == null || name.endsWith("_en.properties")) {
                continue;
            }
            Resource english = danish.createRelative(name.replace(".properties", "_en.properties"));
            assertThat(english.exists()).as("English bundle for " + name).isTrue();
            Set<String> da = load(danish).stringPropertyNames();
            Set<String> en = load(english).stringPropertyNames();
            difference(da, en).forEach(key -> problems.put(name + ": " + key, "missing in English"));
            difference(en, da).forEach(key -> problems.put(name + ": " + key, "missing in Danish"));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExistsInTheDanishBundles() throws IOException {
        Set<String> known = new HashSet<>();
        for (Resource bundle : RESOURCES.getResources("classpath*:i18n/*.properties")) {
            if (bundle.getFilename() != null && !bundle.getFilename().endsWith("_en.properties")) {
                known.addAll(load(bundle).stringPropertyNames());
            }
        }
        Set<String> unknown = new TreeSet<>();
        for (Resource template : templates()) {
            Matcher m = STATIC_KEY.matcher(read(template));
            while (m.find()) {
                if (!known.contains(m.group(1))) {
                    unknown.add(template.getFilename() + ": " + m.group(1));
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void noTemplateShowsTextOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Resource template : templates()) {
            String name = template.getURL().getPath().replaceFirst(".*/templates/", "");
            untranslated(read(template)).forEach(text -> found.add(name + ": " + text));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsTextThatIsNotTranslated() {
        assertThat(untranslated("<p>Hej <b th:text=\"#{x}\">y</b></p>")).containsExactly("Hej");
        assertThat(untranslated("<a title=\"Luk\" href=\"#\">×</a>")).containsExactly("title=\"Luk\"");
        assertThat(untranslated("<p th:text=\"#{x}\">Prototype <i>text</i></p><br><span>–</span>")).isEmpty();
        assertThat(untranslated("<span th:title=\"#{x}\" title=\"Luk\">|</span>")).isEmpty();
    }

    /** Visible text and readable attributes that do not come from a message. */
    static List<String> untranslated(String html) {
        String markup = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<script\\b.*?</script>", "")
                .replaceAll("(?s)<style\\b.*?</style>", "");
        List<String> found = new ArrayList<>();
        Deque<boolean[]> open = new ArrayDeque<>(); // per open element: does it replace its text?
        Deque<String> names = new ArrayDeque<>();
        Matcher token = Pattern.compile("(?s)<[^>]+>|[^<]+").matcher(markup);
        while (token.find()) {
            String t = token.group();
            if (t.startsWith("</")) {
                String name = t.substring(2).replaceAll("[\\s>].*", "").toLowerCase();
                while (!names.isEmpty()) {
                    open.pop();
                    if (names.pop().equals(name)) {
                        break;
                    }
                }
            } else if (t.startsWith("<!") || t.startsWith("<?")) {
                continue;
            } else if (t.startsWith("<")) {
                String name = t.substring(1).replaceAll("(?s)[\\s/>].*", "").toLowerCase();
                Matcher attribute = READABLE_ATTRIBUTE.matcher(t);
                while (attribute.find()) {
                    boolean hasDynamic = t.contains("th:" + attribute.group(1) + "=");
                    if (!hasDynamic && attribute.group(2).chars().anyMatch(Character::isLetter)) {
                        found.add(attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                    }
                }
                if (!VOID.contains(name) && !t.endsWith("/>")) {
                    names.push(name);
                    open.push(new boolean[] {TEXT_REPLACING.matcher(t).find()});
                }
            } else {
                boolean replaced = open.stream().anyMatch(flag -> flag[0]);
                String text = t.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").strip();
                if (!replaced && text.chars().anyMatch(Character::isLetter) && !ALLOWED_TEXT.contains(text)) {
                    found.add(text);
                }
            }
        }
        return found;
    }

    private static Resource[] templates() throws IOException {
        return RESOURCES.getResources("classpath*:templates/**/*.html");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
