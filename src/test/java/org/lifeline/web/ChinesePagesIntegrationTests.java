package org.lifeline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Every demo account's home and every page its home links to, read in Chinese: no English word may show (text,
 * placeholders, titles and labels), apart from codes, units and names that are written in Latin letters (the user
 * list shows login names and an import's column names).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ChinesePagesIntegrationTests {

	static final List<String> DEMO_ACCOUNTS = List.of("city", "district", "street", "committee", "hotline",
			"volunteer", "driver", "hospital", "supplier", "resident", "sampler");

	/** Latin words a Chinese page may carry: codes, units, brand and format names, the switch to English. */
	static final Set<String> ALLOWED = Set.of("PCR", "API", "CSV", "XLSX", "PDF", "Open311", "GeoReport", "ID",
			"km", "kg", "min", "SMS", "QR", "GPS", "ICU", "CT", "Lifeline", "English");

	/** Codes the user list shows: login names and the English column names an import also accepts. */
	static final Set<String> USER_LIST_CODES = Set.of("username", "display_name", "role", "password",
			"territory_code", "building_codes", "household_id", "hospital_code", "supplier_id");

	private static final Pattern LINK = Pattern.compile("<a\\b[^>]*\\bhref=\"(/[a-z][a-z0-9/-]*)\"");

	private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style|svg)\\b.*?</\\1>|<!--.*?-->");

	private static final Pattern SHOWN_ATTRIBUTE = Pattern
		.compile("(?i)\\b(?:placeholder|title|alt|aria-label)=\"([^\"]*)\"");

	private static final Pattern TAG = Pattern.compile("(?s)<[^>]+>");

	private static final Pattern WORD = Pattern.compile("(?<![\\w@./#-])[A-Za-z][A-Za-z']{2,}(?![\\w@/-])");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService details;

	@Autowired
	JdbcClient jdbc;

	@Test
	void roleHomesAndTheirPagesShowNoEnglishInChinese() throws Exception {
		Map<String, Set<String>> english = new LinkedHashMap<>();
		for (String account : DEMO_ACCOUNTS) {
			String home = page(account, "/");
			Set<String> paths = new LinkedHashSet<>(List.of("/"));
			Matcher links = LINK.matcher(home);
			while (links.find()) {
				String path = links.group(1);
				if (!path.startsWith("/logout") && !path.startsWith("/webjars") && !path.startsWith("/api")) {
					paths.add(path);
				}
			}
			for (String path : paths) {
				String html = path.equals("/") ? home : page(account, path);
				if (html == null) {
					continue;
				}
				Set<String> words = englishWords(html);
				if (path.equals("/users")) {
					words.removeAll(USER_LIST_CODES);
					words.removeAll(DEMO_ACCOUNTS);
					words.removeAll(Set.of("lab"));
					words.removeAll(accountNames());
				}
				if (!words.isEmpty()) {
					english.put(account + " " + path, words);
				}
			}
		}
		assertThat(english).as("English words on Chinese pages").isEmpty();
	}

	/** A refusal that shows the server's own words (here: a resident not found) says them in Chinese too. */
	@Test
	void aRefusalOnAChinesePageSaysTheServersWordsInChinese() throws Exception {
		var committee = SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername("committee"));
		Cookie chinese = new Cookie(LocaleConfiguration.COOKIE, "zh-CN");
		var refused = mvc.perform(post("/care/check-ins").param("residentId", "987654321").param("outcome", "REACHED")
			.with(committee).with(SecurityMockMvcRequestPostProcessors.csrf()).cookie(chinese))
			.andReturn();
		assertThat(refused.getFlashMap().get("problem")).isEqualTo("notFound");
		Cookie pageSession = refused.getResponse().getCookie("SESSION");
		assertThat(pageSession).as("the refusal is carried over the redirect in the page session").isNotNull();
		String html = mvc.perform(get("/care").with(committee).cookie(chinese, pageSession)).andReturn().getResponse()
			.getContentAsString();
		assertThat(html).contains("data-problem=\"notFound\"").contains("未找到居民 987654321");
		assertThat(englishWords(html)).as("English words on the refused page").isEmpty();
	}

	/**
	 * Words in the accounts' own login and display names and in the names and codes of the places they are bound to
	 * (other tests' accounts and places among them): data, not page text.
	 */
	private Set<String> accountNames() {
		Set<String> names = new TreeSet<>();
		for (String name : jdbc.sql("""
				select u.username || ' ' || u.display_name || ' ' || coalesce(t.code, '') || ' ' || coalesce(t.name, '')
				from app_user u left join territory_node t on t.id = u.territory_id""").query(String.class).list()) {
			Matcher m = Pattern.compile("[A-Za-z][A-Za-z']*").matcher(name);
			while (m.find()) {
				names.add(m.group());
			}
		}
		return names;
	}

	private String page(String account, String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path)
			.session(new MockHttpSession())
			.with(SecurityMockMvcRequestPostProcessors.user(details.loadUserByUsername(account)))
			.cookie(new Cookie(LocaleConfiguration.COOKIE, "zh-CN"))).andReturn().getResponse();
		String type = response.getContentType();
		if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
			return null;
		}
		return response.getContentAsString();
	}

	static Set<String> englishWords(String html) {
		String body = html.replaceFirst("(?s)^.*?<body", "<body");
		String visible = HIDDEN.matcher(body).replaceAll(" ");
		StringBuilder text = new StringBuilder();
		Matcher attributes = SHOWN_ATTRIBUTE.matcher(visible);
		while (attributes.find()) {
			text.append(' ').append(attributes.group(1));
		}
		text.append(' ').append(TAG.matcher(visible).replaceAll(" "));
		String plain = HtmlUtils.htmlUnescape(text.toString());
		Set<String> words = new TreeSet<>();
		Matcher m = WORD.matcher(plain);
		while (m.find()) {
			if (!ALLOWED.contains(m.group())) {
				words.add(m.group());
			}
		}
		return words;
	}
}
