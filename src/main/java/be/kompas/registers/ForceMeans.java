package be.kompas.registers;

/** One force or means an organisation registers, e.g. handcuffs; editable reference data. */
public record ForceMeans(String code, String name, boolean active) {
}
