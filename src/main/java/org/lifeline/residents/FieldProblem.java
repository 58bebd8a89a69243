package org.lifeline.residents;

/** One thing wrong with one field of a resident record, in words a committee clerk understands. */
public record FieldProblem(String field, String reason) {
}
