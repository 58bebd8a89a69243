package org.lifeline.web;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.medical.Boards;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Homes of the closed-loop transfer roles: the driver's next trip and shift, the hospital desk's day. */
final class TransferHomes {

	private TransferHomes() {
	}

	/** A driver lands on the next trip with its one-tap steps. */
	@Component
	static class DriverHome implements RoleHome {

		private final Boards boards;

		DriverHome(Boards boards) {
			this.boards = boards;
		}

		@Override
		public boolean serves(Role role) {
			return role == Role.DRIVER;
		}

		@Override
		public String fill(LifelineUser user, Model model) {
			model.addAttribute("board", boards.driver(user.id()));
			return "driver";
		}
	}

	/** A hospital desk lands on its incoming transfers, the patients with it, and its open or closed switch. */
	@Component
	static class HospitalDeskHome implements RoleHome {

		private final Boards boards;

		HospitalDeskHome(Boards boards) {
			this.boards = boards;
		}

		@Override
		public boolean serves(Role role) {
			return role == Role.HOSPITAL_DESK;
		}

		@Override
		public String fill(LifelineUser user, Model model) {
			model.addAttribute("board", user.hospitalCode() == null ? new Boards.HospitalBoard(null,
					java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()) : boards.hospital(user.hospitalCode()));
			return "hospital";
		}
	}
}
