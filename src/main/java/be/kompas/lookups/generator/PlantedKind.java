package be.kompas.lookups.generator;

/** The kinds of private look-up the generator plants, as written in {@code ground-truth.csv}. */
public enum PlantedKind {
    SELF, COLLEAGUE, SAME_SURNAME, SAME_ADDRESS, DECLARED_RELATION, VIP, OFF_DUTY, BULK, REPEAT
}
