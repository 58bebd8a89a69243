package org.lifeline.web;

import java.util.List;

import org.lifeline.identity.Role;

/**
 * What the top bar and navigation show: who is signed in, as which role, where they may go, and how many of their
 * notifications are unread.
 */
record ShellView(String displayName, Role role, String binding, List<Navigation.NavItem> navigation, long unread) {
}
