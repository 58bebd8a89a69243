package org.lifeline.cases;

/** How a positive case presents: confirmed (确诊) or asymptomatic (无症状); an asymptomatic case can convert. */
public enum CaseType {
	CONFIRMED, ASYMPTOMATIC
}
