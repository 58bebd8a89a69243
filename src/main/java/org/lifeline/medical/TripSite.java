package org.lifeline.medical;

/** A named place a trip goes to that is not a hospital (an exam site), with its address and map point. */
public record TripSite(String name, String address, double lat, double lon) {
}
