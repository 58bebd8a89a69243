package org.lifeline.certificates;

/** A name as the public check shows it: 张* , 王*明, 欧**娜; the first and (from three characters) last kept. */
final class MaskedName {

	private MaskedName() {
	}

	static String of(String name) {
		String n = name == null ? "" : name.strip();
		int length = n.codePointCount(0, n.length());
		if (length <= 1) {
			return "*";
		}
		int[] cps = n.codePoints().toArray();
		String first = new String(cps, 0, 1);
		if (length == 2) {
			return first + "*";
		}
		return first + "*".repeat(length - 2) + new String(cps, length - 1, 1);
	}
}
