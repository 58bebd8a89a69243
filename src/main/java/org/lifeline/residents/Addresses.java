package org.lifeline.residents;

/** Writes a household's postal address the way residents and couriers write it. */
final class Addresses {

	private Addresses() {
	}

	static String of(String compoundAddress, String compoundName, String buildingName, String room) {
		StringBuilder out = new StringBuilder();
		out.append(compoundAddress != null ? compoundAddress : compoundName);
		if (compoundAddress != null && compoundName != null) {
			out.append('（').append(compoundName).append('）');
		}
		out.append(' ').append(buildingName).append(' ').append(room).append('室');
		return out.toString();
	}
}
