package be.kompas.complaints;

/** How a complaint reached the organisation: the public form, directly, or forwarded by another body. */
public enum Channel {
    ONLINE_FORM, LETTER, EMAIL, PHONE, DESK, COMITE_P, AIG, COC, OMBUDSMAN, MAYOR, PROSECUTOR;
}
