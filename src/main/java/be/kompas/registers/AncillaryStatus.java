package be.kompas.registers;

/**
 * Where an application stands. {@code EXPIRED} is never stored: a granted permission whose term has passed reads so.
 */
public enum AncillaryStatus {
    AWAITING_ADVICE, AWAITING_DECISION, GRANTED, REFUSED, EXPIRED
}
