package be.kompas.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/**
 * The message bundles and templates as files: every text is translated into all three languages, written so that
 * MessageFormat renders it as meant, and no template shows text that does not come from a bundle.
 */
class MessageBundleTests {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final List<String> SUFFIXES = List.of("", "_nl", "_fr");

    /** A bundle file name: the module's base name and an optional language suffix. */
    private static final Pattern BUNDLE_NAME = Pattern.compile("(.+?)(_[a-z]{2})?\\.properties");
    /** A message key written as a plain literal, such as {@code #{home.title}} or {@code #{home.welcome(...)}}. */
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)[(}]");
    /** A tag with its attributes; quoted values may hold {@code <} or {@code >}. */
    private static final Pattern TAG = Pattern
            .compile("<(/?)([A-Za-z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>");
    private static final Pattern REPLACING_ATTRIBUTE = Pattern
            .compile("\\sth:(?:text|utext|replace|insert|errors)\\s*=");
    /** Attributes a reader or a screen reader meets as text, unless Thymeleaf sets them. */
    private static final Pattern TEXT_ATTRIBUTE = Pattern
            .compile("\\s(title|placeholder|alt|aria-label)\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern ALLOWED_WORDS = Pattern.compile("\\b(?:Kompas|NL|FR|EN)\\b");
    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");

    @Test
    void everyKeyExistsInEveryLanguage() {
        var problems = new ArrayList<String>();
        bundlesByBaseName().forEach((baseName, files) -> {
            var keys = new TreeSet<String>();
            files.values().forEach(file -> keys.addAll(load(file).keySet()));
            for (String suffix : SUFFIXES) {
                Path file = files.get(suffix);
                if (file == null) {
                    problems.add(baseName + suffix + ".properties is missing");
                    continue;
                }
                var missing = new TreeSet<>(keys);
                missing.removeAll(load(file).keySet());
                missing.forEach(key -> problems.add(file.getFileName() + " lacks " + key));
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() {
        var problems = new ArrayList<String>();
        var ownerOfKey = new HashMap<String, String>();
        bundlesByBaseName().forEach((baseName, files) -> {
            files.values().forEach(file -> duplicateKeys(file)
                    .forEach(key -> problems.add(file.getFileName() + " defines " + key + " twice")));
            Path base = files.get("");
            if (base != null) {
                // The first bundle that holds a key wins silently, so two modules must not share one.
                load(base).keySet().forEach(key -> {
                    String other = ownerOfKey.putIfAbsent(key, baseName);
                    if (other != null) {
                        problems.add(key + " is in both " + other + " and " + baseName);
                    }
                });
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void bundlesAreValidUtf8WithoutReplacementCharacters() {
        var problems = new ArrayList<String>();
        for (Path file : bundleFiles()) {
            try {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
                if (text.indexOf('\uFFFD') >= 0) {
                    problems.add(file.getFileName() + " holds U+FFFD, a character lost in an earlier conversion");
                }
            }
            catch (CharacterCodingException e) {
                problems.add(file.getFileName() + " is not valid UTF-8");
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        assertThat(messagesWhere((key, value) -> value.isBlank())).isEmpty();
    }

    @Test
    void apostrophesAreDoubledForMessageFormat() {
        assertThat(messagesWhere((key, value) -> value.replace("''", "").contains("'"))).isEmpty();
    }

    /** Every message in every bundle that matches, as {@code file: key=value}. */
    private static List<String> messagesWhere(BiPredicate<String, String> test) {
        var found = new ArrayList<String>();
        for (Path file : bundleFiles()) {
            load(file).forEach((key, value) -> {
                if (test.test(key, value)) {
                    found.add(file.getFileName() + ": " + key + "=" + value);
                }
            });
        }
        return found;
    }

    @Test
    void rendersFrenchApostrophesOnce() {
        MessageSource messages = new ModuleMessageSourceConfiguration().messageSource();
        Locale french = Locale.FRENCH;
        assertThat(messages.getMessage("login.username", null, french)).isEqualTo("Nom d'utilisateur");
        assertThat(messages.getMessage("error.title", null, french)).isEqualTo("Une erreur s'est produite");
        assertThat(messages.getMessage("home.intro", null, french)).startsWith("Kompas soutient la gestion de l'int");
        var doubled = new ArrayList<String>();
        bundlesByBaseName().values().stream().map(files -> files.get("_fr")).filter(file -> file != null)
                .forEach(file -> load(file).keySet().forEach(key -> {
                    if (messages.getMessage(key, null, french).contains("''")) {
                        doubled.add(key);
                    }
                }));
        assertThat(doubled).isEmpty();
    }

    @Test
    void templatesUseOnlyKeysThatExist() {
        var keys = new TreeSet<String>();
        bundlesByBaseName().values().stream().map(files -> files.get("")).filter(file -> file != null)
                .forEach(file -> keys.addAll(load(file).keySet()));
        var problems = new ArrayList<String>();
        templates().forEach((template, html) -> {
            Matcher matcher = LITERAL_KEY.matcher(html);
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    problems.add(template + " uses the unknown key " + matcher.group(1));
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHoldNoLiteralText() {
        var problems = new ArrayList<String>();
        templates().forEach((template, html) -> literalTexts(html)
                .forEach(text -> problems.add(template + ": \"" + text + "\"")));
        assertThat(problems).isEmpty();
    }

    @Test
    void literalTextCheckSeesOnlyTextThatNoMessageReplaces() {
        String html = """
                <html th:replace="~{fragments/layout :: layout(~{::title}, ~{::section})}">
                <section class="x"><!-- a comment -->
                  <h1 th:text="#{a.title}">Replaced <em>heading</em></h1>
                  <p>Kompas: NL / FR &amp; EN</p>
                  <p th:if="${x > 1}">Left behind<br>
                  <input placeholder="Your name" th:placeholder="#{a.name}"><img alt="Logo">
                  <span th:errors="*{name}">Error</span>
                </section>""";
        assertThat(literalTexts(html)).containsExactly("Left behind", "alt=\"Logo\"");
    }

    /**
     * Text a reader would see that no message replaces: text nodes outside elements whose body Thymeleaf replaces,
     * and literal title, placeholder, alt and aria-label attributes.
     */
    static List<String> literalTexts(String html) {
        String markup = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?is)<!DOCTYPE[^>]*>", "")
                .replaceAll("(?is)<(script|style)\\b[^>]*>.*?</\\1>", "");
        var found = new ArrayList<String>();
        // Open elements, each marked with whether Thymeleaf replaces its body.
        Deque<Map.Entry<String, Boolean>> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(markup);
        int textStart = 0;
        while (true) {
            boolean more = tag.find();
            String text = markup.substring(textStart, more ? tag.start() : markup.length());
            boolean replaced = open.stream().anyMatch(Map.Entry::getValue);
            if (!replaced && isHumanText(text)) {
                found.add(text.strip().replaceAll("\\s+", " "));
            }
            if (!more) {
                return found;
            }
            textStart = tag.end();
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            String attributes = tag.group(3);
            if (tag.group(1).isEmpty()) {
                Matcher attribute = TEXT_ATTRIBUTE.matcher(attributes);
                while (attribute.find()) {
                    String value = attribute.group(2);
                    boolean set = attributes.contains("th:" + attribute.group(1) + "=");
                    if (!set && isHumanText(value.substring(1, value.length() - 1))) {
                        found.add(attribute.group(1) + "=" + value);
                    }
                }
                if (tag.group(4).isEmpty() && !VOID_ELEMENTS.contains(name)) {
                    // A page's <html th:replace> hands its own section to the layout, so that text is shown.
                    open.push(Map.entry(name, !name.equals("html") && REPLACING_ATTRIBUTE.matcher(attributes).find()));
                }
            }
            else {
                while (!open.isEmpty() && !open.pop().getKey().equals(name)) {
                    // An element left open (such as <p> or <li>) closes with its parent.
                }
            }
        }
    }

    private static boolean isHumanText(String text) {
        String rest = ALLOWED_WORDS.matcher(text.replaceAll("&[a-zA-Z]+;|&#\\d+;", " ")).replaceAll("");
        return rest.codePoints().anyMatch(Character::isLetter);
    }

    private static Map<String, Map<String, Path>> bundlesByBaseName() {
        var bundles = new TreeMap<String, Map<String, Path>>();
        for (Path file : bundleFiles()) {
            Matcher name = BUNDLE_NAME.matcher(file.getFileName().toString());
            assertThat(name.matches()).as(file.toString()).isTrue();
            String suffix = name.group(2) == null ? "" : name.group(2);
            assertThat(SUFFIXES).as("language of " + file.getFileName()).contains(suffix);
            bundles.computeIfAbsent(name.group(1), k -> new LinkedHashMap<>()).put(suffix, file);
        }
        assertThat(bundles).isNotEmpty();
        return bundles;
    }

    private static List<Path> bundleFiles() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            return files.filter(file -> file.toString().endsWith(".properties")).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> templates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            var templates = new TreeMap<String, String>();
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                templates.put(TEMPLATES.relativize(file).toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
            assertThat(templates).isNotEmpty();
            return templates;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> load(Path file) {
        var values = new TreeMap<String, String>();
        properties(file, new TreeSet<>()).forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }

    private static Set<String> duplicateKeys(Path file) {
        var duplicates = new TreeSet<String>();
        properties(file, duplicates);
        return duplicates;
    }

    /** Loads a bundle as MessageSource does, noting the keys that a later line overrides. */
    private static Properties properties(Path file, Set<String> duplicates) {
        var properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                Object previous = super.put(key, value);
                if (previous != null) {
                    duplicates.add((String) key);
                }
                return previous;
            }
        };
        try {
            properties.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        }
        catch (CharacterCodingException e) {
            // Reported by bundlesAreValidUtf8WithoutReplacementCharacters.
            return new Properties();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
