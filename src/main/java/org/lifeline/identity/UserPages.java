package org.lifeline.identity;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.spreadsheet.ImportUpload;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Users within the manager's scope: the list, creating users of the roles the manager manages, and enabling or
 * disabling them, one by one or from a file. For command, street task forces and committee staff.
 */
@PageController
class UserPages {

	private final Users users;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final UserImport userImport;

	UserPages(Users users, CurrentUser currentUser, Clock clock, UserImport userImport) {
		this.users = users;
		this.currentUser = currentUser;
		this.clock = clock;
		this.userImport = userImport;
	}

	@GetMapping("/users")
	String list(Model model) {
		return show(UserForm.empty(), model);
	}

	@PostMapping("/users")
	String create(@ModelAttribute UserForm userForm, Model model, RedirectAttributes redirect) {
		LifelineUser manager = manager();
		try {
			LifelineUser created = users.create(userForm.toNewUser(), manager, currentUser.scope());
			PageOutcome.done(redirect, "created", created.username());
			return "redirect:/users";
		}
		catch (InvalidInputException | ConflictException e) {
			PageOutcome.problem(model, e);
			return show(userForm, model);
		}
	}

	@PostMapping("/users/import")
	String importUsers(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "false") boolean dryRun, Model model) {
		LifelineUser manager = manager();
		ImportUpload.intoModel(file, dryRun, path -> userImport.run(path, dryRun, manager, currentUser.scope()), model);
		return show(UserForm.empty(), model);
	}

	@PostMapping("/users/{id}/enabled")
	String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
		users.setEnabled(id, enabled, manager(), currentUser.scope());
		PageOutcome.done(redirect, "changed");
		return "redirect:/users";
	}

	private String show(UserForm form, Model model) {
		LifelineUser manager = manager();
		model.addAttribute("accounts", users.accountsWithin(currentUser.scope())
			.stream()
			.map(a -> UserRow.of(a, clock.instant()))
			.toList());
		model.addAttribute("roles", managedRoles(manager));
		model.addAttribute("userForm", form);
		return "identity/users";
	}

	private LifelineUser manager() {
		LifelineUser user = currentUser.require();
		if (managedRoles(user).isEmpty()) {
			throw new AccessDeniedException("this role manages no users");
		}
		return user;
	}

	private static List<Role> managedRoles(LifelineUser manager) {
		return Arrays.stream(Role.values()).filter(manager.role()::manages).toList();
	}

	/** One user as the list shows it. */
	record UserRow(long id, String username, String displayName, Role role, String binding, boolean enabled,
			boolean locked) {

		static UserRow of(UserAccount account, java.time.Instant now) {
			LifelineUser user = account.user();
			String binding = user.territoryCode() != null ? user.territoryCode()
					: user.hospitalCode() != null ? user.hospitalCode()
							: user.householdId() != null ? "#" + user.householdId() : "";
			return new UserRow(user.id(), user.username(), user.displayName(), user.role(), binding, account.enabled(),
					account.lockedAt(now));
		}
	}
}
