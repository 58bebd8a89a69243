package org.lifeline.medical.medicine;

/** One long-term medicine with how much to bring per run and a note for the hospital. */
public record MedicineItem(String name, Integer quantity, String note) {
}
