package org.lifeline.requests;

import java.util.List;

/** A filing ready to be written: the request, the first steps of its timeline and its photo, if any. */
record PendingFiling(Filing filing, List<Step> steps, Photo photo) {
}
