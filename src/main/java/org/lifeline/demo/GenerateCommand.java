package org.lifeline.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar lifeline.jar generate --scale city [--seed 42]}: fills the configured database with a demo
 * city and exits.
 */
public final class GenerateCommand {

	public static final String NAME = "generate";

	private GenerateCommand() {
	}

	/** Turns the command's options into Spring properties. */
	public static String[] toProperties(String[] args) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if ((arg.equals("--scale") || arg.equals("--seed")) && i + 1 < args.length) {
				out.add("--lifeline.generate." + arg.substring(2) + "=" + args[++i]);
			}
			else {
				out.add(arg);
			}
		}
		return out.toArray(String[]::new);
	}
}
