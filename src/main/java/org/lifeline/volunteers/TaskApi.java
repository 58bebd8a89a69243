package org.lifeline.volunteers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in volunteer's one task list over the JSON API. */
@RestController
class TaskApi {

	static final String VOLUNTEER = "hasRole('VOLUNTEER')";

	private final TaskList list;

	private final CurrentUser user;

	private final Clock clock;

	TaskApi(TaskList list, CurrentUser user, Clock clock) {
		this.list = list;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/api/v1/volunteers/me/tasks")
	@PreAuthorize(VOLUNTEER)
	Tasks tasks(@RequestParam(required = false) String date) {
		TaskList.DayList day = list.of(user.require(), DateInput.parse("date", date, LocalDate.now(clock)));
		return new Tasks(day.day(), day.testValid(), day.items().stream().map(TaskItem::of).toList());
	}

	@PostMapping("/api/v1/volunteers/me/tasks/{kind}/{ref}")
	@PreAuthorize(VOLUNTEER)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void complete(@PathVariable String kind, @PathVariable String ref, @RequestBody(required = false) Outcome outcome) {
		list.complete(user.require(), kind, ref, outcome == null ? null : outcome.done(),
				outcome == null ? null : outcome.reason());
	}

	record Outcome(Boolean done, String reason) {
	}

	record Tasks(LocalDate date, boolean testValid, List<TaskItem> items) {
	}

	record TaskItem(String kind, String ref, String buildingCode, String room, java.time.Instant due, TaskStatus status,
			String title, String reason) {

		static TaskItem of(VolunteerTask t) {
			return new TaskItem(t.kind(), t.ref(), t.buildingCode(), t.room(), t.due(), t.status(), t.title(),
					t.reason());
		}
	}
}
