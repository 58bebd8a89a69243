package org.lifeline.dashboard;

import java.time.Instant;

/** When the figures and the resident counts were last written, and whether an event asked for a pass since. */
record RefreshState(Instant figuresAt, Instant residentsAt, boolean dirty) {
}
