package org.lifeline.volunteers;

/** What a volunteer can do beyond carrying: drive, medical care, the languages of the residents. */
enum Skill {
	DRIVING, MEDICAL, MANDARIN, SHANGHAINESE, ENGLISH, SAMPLING, DISINFECTION, PSYCHOLOGICAL_SUPPORT
}
