package be.kompas.people;

/**
 * A job function of the organisation.
 *
 * @param vulnerable a vulnerable function (domain.md 7.2): extra risk from sensitive information, exposure to organised
 *     crime or temptations; it describes the function, not the person
 */
public record JobFunction(JobFunctionId id, String name, boolean vulnerable) {
}
