package org.lifeline;

import java.util.ArrayList;
import java.util.List;

/** The string literals and text blocks of a Java source, comments and character literals skipped. */
final class JavaStrings {

	private JavaStrings() {
	}

	static List<String> of(String source) {
		List<String> out = new ArrayList<>();
		int i = 0;
		int n = source.length();
		while (i < n) {
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = end < 0 ? n : end;
			}
			else if (source.startsWith("/*", i)) {
				int end = source.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = source.indexOf("\"\"\"", i + 3);
				end = end < 0 ? n : end;
				out.add(source.substring(i + 3, end));
				i = end + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				int end = closing(source, i);
				if (source.charAt(i) == '"') {
					out.add(source.substring(i + 1, Math.min(end, n)));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return out;
	}

	private static int closing(String source, int start) {
		char quote = source.charAt(start);
		int j = start + 1;
		while (j < source.length() && source.charAt(j) != quote) {
			j += source.charAt(j) == '\\' ? 2 : 1;
		}
		return j;
	}
}
