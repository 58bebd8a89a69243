package org.lifeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.Role;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.Sex;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.zones.Zone;

/**
 * Keeps the message bundles (one per module, each in English and Chinese) and the templates in step: the same keys in English and Chinese, every
 * {@code #{key}} of a template defined, every enum a page names translated, and no visible literal text.
 */
class MessageBundlesTest {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)");

	private static final Pattern VISIBLE_ATTRIBUTE = Pattern
		.compile("\\s(?:placeholder|title|alt|aria-label|label)=\"([^\"]*)\"");

	private static final Pattern LETTERS = Pattern.compile("[\\p{L}]");

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern REFUSAL_KEY = Pattern.compile("\"(problem\\.[A-Za-z0-9_.]+)\"");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

	private final Properties english = loadAll("");

	private final Properties chinese = loadAll("_zh_CN");

	@Test
	void bundlesHoldTheSameKeys() {
		assertThat(chinese.stringPropertyNames()).as("keys missing in Chinese")
			.containsAll(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).as("keys missing in English")
			.containsAll(chinese.stringPropertyNames());
	}

	@Test
	void chineseBundleIsWrittenInChinese() {
		assertThat(chinese.getProperty("nav.home")).isEqualTo("首页");
	}

	@Test
	void templatesUseOnlyDefinedKeys() throws IOException {
		Set<String> missing = new TreeSet<>();
		for (Path template : templates()) {
			Matcher m = MESSAGE_KEY.matcher(Files.readString(template));
			while (m.find()) {
				boolean dynamic = m.group(1).endsWith("__");
				String key = dynamic ? m.group(1).substring(0, m.group(1).length() - 2) : m.group(1);
				boolean known = dynamic ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
						: english.containsKey(key);
				if (!known) {
					missing.add(TEMPLATES.relativize(template) + ": " + key);
				}
			}
		}
		assertThat(missing).as("message keys used by templates but not defined").isEmpty();
	}

	/**
	 * A refusal said by key ({@code "problem.…"} in the code; a key ending in a dot is the start of keys made at run
	 * time) has words in both languages, naming as many values in each (the Chinese may name a status by its label,
	 * an argument of its own, where the English names the constant).
	 */
	@Test
	void everyRefusalKeyOfTheCodeIsDefinedWithItsPlaceholders() throws IOException {
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = REFUSAL_KEY.matcher(Files.readString(source));
				while (m.find()) {
					String key = m.group(1);
					boolean known = key.endsWith(".")
							? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
							: english.containsKey(key);
					if (!known) {
						missing.add(source.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(missing).as("refusal keys used by the code but not defined").isEmpty();
		Set<String> unlike = new TreeSet<>();
		for (String key : english.stringPropertyNames()) {
			if (key.startsWith("problem.") && chinese.containsKey(key)
					&& placeholders(english.getProperty(key)).size() != placeholders(chinese.getProperty(key)).size()) {
				unlike.add(key);
			}
		}
		assertThat(unlike).as("refusals whose Chinese and English name a different number of values").isEmpty();
	}

	private static Set<String> placeholders(String words) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(words);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	@Test
	void everyEnumShownOnPagesIsTranslated() {
		List<String> keys = new ArrayList<>();
		Stream.of(Role.values()).forEach(v -> keys.add("role." + v));
		Stream.of(TerritoryKind.values()).forEach(v -> keys.add("kind." + v));
		Stream.of(Zone.values()).forEach(v -> keys.add("zone." + v));
		Stream.of(VulnerabilityTag.values()).forEach(v -> keys.add("tag." + v));
		Stream.of(Sex.values()).forEach(v -> keys.add("sex." + v));
		Stream.of(IdDocumentType.values()).forEach(v -> keys.add("idType." + v));
		Stream.of("DRIVER", "HOSPITAL_DESK", "SUPPLIER", "LAB")
			.forEach(s -> keys.addAll(List.of("home.service." + s + ".heading", "home.service." + s + ".what")));
		Stream.of("bad", "locked", "disabled").forEach(p -> keys.add("login.problem." + p));
		Stream.of(TerritoryKind.values())
			.filter(k -> k.childKind() != null)
			.forEach(k -> keys.add("node.children." + k));
		assertThat(english.stringPropertyNames()).containsAll(keys);
		assertThat(chinese.stringPropertyNames()).containsAll(keys);
	}

	@Test
	void templatesHoldNoVisibleLiteralText() throws IOException {
		List<String> literal = new ArrayList<>();
		for (Path template : templates()) {
			String html = Files.readString(template)
				.replaceAll("(?s)<!--.*?-->", "")
				.replaceAll("(?s)<script.*?</script>", "")
				.replaceAll("(?s)<style.*?</style>", "")
				.replaceAll("<!DOCTYPE[^>]*>", "");
			Matcher attributes = VISIBLE_ATTRIBUTE.matcher(html);
			while (attributes.find()) {
				if (LETTERS.matcher(attributes.group(1)).find()) {
					literal.add(TEMPLATES.relativize(template) + ": attribute \"" + attributes.group(1) + "\"");
				}
			}
			for (String text : html.replaceAll("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", "\n").split("\n")) {
				String visible = text.replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "").trim();
				if (LETTERS.matcher(visible).find()) {
					literal.add(TEMPLATES.relativize(template) + ": \"" + visible + "\"");
				}
			}
		}
		assertThat(literal).as("visible text written into templates instead of message keys").isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
		}
	}

	/** Every bundle of one language: the main bundle plus each module's, as the message source reads them. */
	private static Properties loadAll(String suffix) {
		Properties all = new Properties();
		for (String basename : basenames()) {
			all.putAll(load(basename + suffix + ".properties"));
		}
		return all;
	}

	private static List<String> basenames() {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			List<String> names = files.map(p -> p.getFileName().toString())
				.filter(n -> n.endsWith(".properties") && !n.contains("_"))
				.map(n -> "i18n/" + n.substring(0, n.length() - ".properties".length()))
				.sorted()
				.toList();
			assertThat(names).as("bundles in " + BUNDLES).isNotEmpty();
			return names;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void everyBundleIsReadByTheMessageSource() throws IOException {
		Properties application = new Properties();
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream("application.properties")) {
			application.load(in);
		}
		assertThat(application.getProperty("spring.messages.basename").split(","))
			.containsExactlyInAnyOrderElementsOf(basenames());
	}

	private static Properties load(String resource) {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
			return properties;
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
