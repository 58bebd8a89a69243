package org.lifeline.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.lifeline.shared.EnumInput;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.ImportUpload;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class IdentityApi {

	private final CurrentUser currentUser;

	private final ApiTokens tokens;

	private final AuditTrail audit;

	private final Users users;

	private final UserImport userImport;

	private final SignOut signOut;

	IdentityApi(CurrentUser currentUser, ApiTokens tokens, AuditTrail audit, Users users, UserImport userImport,
			SignOut signOut) {
		this.currentUser = currentUser;
		this.tokens = tokens;
		this.audit = audit;
		this.users = users;
		this.userImport = userImport;
		this.signOut = signOut;
	}

	@GetMapping("/api/v1/me")
	Me me() {
		LifelineUser user = currentUser.require();
		return new Me(user.username(), user.displayName(), List.of(user.role().name()), user.territoryCode());
	}

	@PostMapping("/api/v1/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.IssuedToken issue(@RequestBody(required = false) TokenRequest request) {
		if (request == null) {
			return tokens.issue(currentUser.require(), null);
		}
		Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
		if (request.scopes() != null) {
			request.scopes().forEach(s -> scopes.add(EnumInput.parse(TokenScope.class, "scopes", s)));
		}
		return tokens.issue(currentUser.require(), request.label(), scopes, request.expiresAt());
	}

	/** A new token in place of this one; the old one keeps working for graceMinutes (default 60). */
	@PostMapping("/api/v1/tokens/{id}/rotate")
	@ResponseStatus(HttpStatus.CREATED)
	ApiTokens.IssuedToken rotate(@PathVariable long id, @RequestBody(required = false) RotateRequest request) {
		long grace = request == null || request.graceMinutes() == null ? 60 : request.graceMinutes();
		return tokens.rotate(id, currentUser.require(), Duration.ofMinutes(grace));
	}

	@GetMapping("/api/v1/tokens")
	List<ApiTokens.TokenInfo> tokens() {
		return tokens.list(currentUser.require());
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable long id) {
		tokens.revoke(id, currentUser.require());
	}

	@GetMapping("/api/v1/audit")
	PageResult<AuditTrail.AuditEntry> audit(@RequestParam(required = false) String subject,
			@RequestParam(defaultValue = "RESIDENT") String subjectType, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		if (!currentUser.require().role().readsAudit()) {
			throw new AccessDeniedException("only district and city command read the audit log");
		}
		return audit.search(subjectType, subject, currentUser.scope(), PageRequest.of(page, size));
	}

	@GetMapping("/api/v1/users")
	List<LifelineUser> users() {
		return users.within(withManager(currentUser.scope()));
	}

	@PostMapping("/api/v1/users")
	@ResponseStatus(HttpStatus.CREATED)
	LifelineUser createUser(@RequestBody(required = false) NewUser user) {
		return users.create(user, manager(), currentUser.scope());
	}

	/** Disables an account (it can no longer sign in, nor use its API tokens); for whoever may create it. */
	@PostMapping("/api/v1/users/{id}/disable")
	LifelineUser disableUser(@PathVariable long id) {
		return users.setEnabled(id, false, manager(), currentUser.scope());
	}

	@PostMapping("/api/v1/users/{id}/enable")
	LifelineUser enableUser(@PathVariable long id) {
		return users.setEnabled(id, true, manager(), currentUser.scope());
	}

	private TerritoryScope withManager(TerritoryScope scope) {
		manager();
		return scope;
	}

	private LifelineUser manager() {
		LifelineUser user = currentUser.require();
		if (java.util.Arrays.stream(Role.values()).noneMatch(user.role()::manages)) {
			throw new AccessDeniedException("your role manages no accounts");
		}
		return user;
	}

	@PostMapping(path = "/api/v1/imports/users", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportReport> importUsers(@RequestPart(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "true") boolean dryRun) {
		return ImportUpload.run(file, dryRun, path -> userImport.run(path, dryRun, currentUser.require(), currentUser.scope()));
	}

	/** Signs the caller out on every device: all page sessions end and every API token is revoked. */
	@PostMapping("/api/v1/me/sign-out-everywhere")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOutEverywhere() {
		signOut.everywhere(currentUser.require());
	}

	record Me(String username, String displayName, List<String> roles, String territoryCode) {
	}

	record TokenRequest(String label, List<String> scopes, Instant expiresAt) {
	}

	record RotateRequest(Long graceMinutes) {
	}
}
