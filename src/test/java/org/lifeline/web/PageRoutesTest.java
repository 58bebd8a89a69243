package org.lifeline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Pages reach the server only through page routes. A signed-in browser carries a session, which the API's chain
 * (bearer tokens and basic sign-in, no session) does not accept: a page that links, posts or fetches to
 * {@code /api/...} fails for its user, yet passes a MockMvc test that signs in with {@code user()}, which every
 * chain takes. So no template and no page script names an API address in a link, a form, a URL expression or a
 * string a script fetches; page twins ({@code /dashboard/{code}/trend.json} and the like) serve the pages.
 */
class PageRoutesTest {

	private static final List<Path> SOURCES = List.of(Path.of("src/main/resources/templates"),
			Path.of("src/main/resources/static"));

	/** An address that starts with /api/ inside quotes, a Thymeleaf URL expression or a template literal. */
	private static final Pattern API_ADDRESS = Pattern.compile("([\"'`]|@\\{)\\s*/api/");

	@Test
	void noPageNamesAnApiAddress() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : SOURCES) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(PageRoutesTest::pageSource).toList()) {
					List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
					for (int i = 0; i < lines.size(); i++) {
						Matcher address = API_ADDRESS.matcher(lines.get(i));
						if (address.find()) {
							found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
						}
					}
				}
			}
		}
		assertThat(found).as("pages that name an API address").isEmpty();
	}

	@Test
	void theCheckFindsTheAddressesItLooksFor() {
		assertThat(API_ADDRESS.matcher("<a th:href=\"@{/api/v1/residents}\">").find()).isTrue();
		assertThat(API_ADDRESS.matcher("fetch('/api/v1/map/' + code)").find()).isTrue();
		assertThat(API_ADDRESS.matcher("fetch(`/api/v1/dashboard/${code}`)").find()).isTrue();
		assertThat(API_ADDRESS.matcher("<form action=\"/api/v1/requests\" method=\"post\">").find()).isTrue();
		assertThat(API_ADDRESS.matcher("// page-side twin of /api/v1/dashboard/{code}/trend").find()).isFalse();
	}

	private static boolean pageSource(Path file) {
		String name = file.getFileName().toString();
		return Files.isRegularFile(file) && (name.endsWith(".html") || name.endsWith(".js"))
				&& !name.endsWith(".min.js");
	}
}
