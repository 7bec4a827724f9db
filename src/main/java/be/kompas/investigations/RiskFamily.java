package be.kompas.investigations;

/** The Dutch risk taxonomy (domain.md 7.4): the four families and the four kinds of company resources. */
public enum RiskFamily {
    RESOURCES_GOODS, RESOURCES_TIME, RESOURCES_MONEY, RESOURCES_INFORMATION, RELATIONS, WORKPLACE_CONDUCT, POWERS
}
