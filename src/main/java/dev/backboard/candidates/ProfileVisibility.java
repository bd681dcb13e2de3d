package dev.backboard.candidates;

/**
 * Who may see a profile. Profiles are private; nothing shows a public one yet, the value
 * exists so that the choice is stored with the profile when it does.
 */
public enum ProfileVisibility {

	PRIVATE, PUBLIC

}
