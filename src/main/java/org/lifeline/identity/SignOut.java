package org.lifeline.identity;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ends every page session of a user on every node (sessions live in PostgreSQL) and revokes their API tokens:
 * what a user does when a phone is lost, and what a manager does for a user who leaves.
 */
@Service
class SignOut {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final ApiTokens tokens;

	SignOut(FindByIndexNameSessionRepository<? extends Session> sessions, ApiTokens tokens) {
		this.sessions = sessions;
		this.tokens = tokens;
	}

	@Transactional
	void everywhere(LifelineUser user) {
		sessions.findByPrincipalName(user.username()).keySet().forEach(sessions::deleteById);
		tokens.revokeAll(user);
	}
}
