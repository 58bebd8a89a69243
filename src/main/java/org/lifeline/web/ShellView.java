package org.lifeline.web;

import java.util.List;

import org.lifeline.identity.Role;

/** What the top bar and navigation show: who is signed in, as which role, and where they may go. */
record ShellView(String displayName, Role role, String binding, List<Navigation.NavItem> navigation) {
}
