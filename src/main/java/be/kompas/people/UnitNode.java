package be.kompas.people;

/** A unit in the depth-first order of the tree, with its depth (0 for a root). */
public record UnitNode(Unit unit, int depth) {
}
