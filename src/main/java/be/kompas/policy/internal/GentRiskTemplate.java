package be.kompas.policy.internal;

import static be.kompas.policy.Effect.*;
import static be.kompas.policy.Exposure.*;
import static be.kompas.policy.Probability.*;
import static be.kompas.policy.RiskFamily.*;

import java.util.List;

import be.kompas.policy.Effect;
import be.kompas.policy.Exposure;
import be.kompas.policy.Probability;
import be.kompas.policy.RiskFamily;
import be.kompas.policy.Scores;

/**
 * The risk table of the Gent integrity risk analysis of 24/09/2024 (domain.md 7.1), with the Dutch titles of the
 * source. The families and the exposed functions (named as in a typical zone) are [derived]; the source has neither.
 */
final class GentRiskTemplate {

    record Row(int number, String title, String english, RiskFamily family, List<String> functions, Scores scores) {
    }

    static final List<Row> ROWS = List.of(
            row(1, "Niet correct behandelen aangehouden personen", "Improper treatment of detainees", POWERS,
                    List.of("Interventie-inspecteur"), UNUSUAL_BUT_POSSIBLE, MONTHLY, VERY_SERIOUS),
            row(2, "Vervreemden inbeslaggenomen overtuigingsstukken", "Misappropriating seized evidence", GOODS,
                    List.of("Beheerder overtuigingsstukken"), VERY_UNLIKELY, VERY_RARELY, EXPLOSIVE_IMPACT),
            row(3, "Vervreemden inbeslaggenomen drugs", "Misappropriating seized drugs", GOODS,
                    List.of("Drugsrechercheur", "Beheerder overtuigingsstukken"), UNUSUAL_BUT_POSSIBLE,
                    FEW_TIMES_A_YEAR, EXPLOSIVE_IMPACT),
            row(4, "Vervreemden geld (inbeslaggenomen, gevonden, verkeersboetes zonder Belgisch adres)",
                    "Misappropriating money: seized, found, traffic fines of people without a Belgian address", MONEY,
                    List.of("Interventie-inspecteur", "Verkeersinspecteur"), QUITE_POSSIBLE, FEW_TIMES_A_YEAR,
                    EXPLOSIVE_IMPACT),
            row(5, "Vervreemden (andere) gevonden voorwerpen", "Misappropriating other found objects", GOODS,
                    List.of("Wijkinspecteur"), UNUSUAL_BUT_POSSIBLE, VERY_RARELY, CONSIDERABLE),
            row(6, "Onrechtmatige consultatie gegevensbanken", "Unlawful database consultation", INFORMATION,
                    List.of("Interventie-inspecteur", "Wijkinspecteur", "Rechercheur"), QUITE_POSSIBLE, DAILY,
                    CONSIDERABLE),
            row(7, "Schending beroepsgeheim", "Breach of professional secrecy", INFORMATION, List.of("Rechercheur"),
                    UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, VERY_SERIOUS),
            row(8, "Aanrekenen van niet gepresteerde werkuren", "Charging hours not worked", TIME, List.of(),
                    UNUSUAL_BUT_POSSIBLE, MONTHLY, MEANINGFUL),
            row(9, "Valsheid in geschrifte bij vaststellingen, incidenten", "Forgery in reports or incidents", POWERS,
                    List.of("Interventie-inspecteur"), UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, VERY_SERIOUS),
            row(10, "Gebruik van geweld - onwettig - disproportioneel", "Unlawful or disproportionate force", POWERS,
                    List.of("Interventie-inspecteur"), UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, VERY_SERIOUS),
            row(11, "Rekrutering van personeel met een hoger risico", "Recruiting higher-risk staff", POWERS,
                    List.of("HR-medewerker"), UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, VERY_SERIOUS),
            row(12, "Ontvangen van geschenken", "Receiving gifts", RELATIONS, List.of("Wijkinspecteur"),
                    VERY_UNLIKELY, VERY_RARELY, MEANINGFUL),
            row(13, "Discriminatie en racisme - handelingen of uitspraken", "Discrimination and racism",
                    WORKPLACE_CONDUCT, List.of(), UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, EXPLOSIVE_IMPACT),
            row(14, "Nevenactiviteiten (regels of waardigheid)", "Ancillary activities, rules or dignity", POWERS,
                    List.of(), VERY_UNLIKELY, FEW_TIMES_A_YEAR, MEANINGFUL),
            row(15, "Middelenmisbruik - alcohol", "Substance abuse: alcohol", TIME, List.of(), UNUSUAL_BUT_POSSIBLE,
                    MONTHLY, CONSIDERABLE),
            row(16, "Middelenmisbruik - drugs", "Substance abuse: drugs", TIME, List.of("Drugsrechercheur"),
                    UNUSUAL_BUT_POSSIBLE, MONTHLY, CONSIDERABLE),
            row(17, "Rijden onder invloed (buiten dienst)", "Driving under influence, off duty", WORKPLACE_CONDUCT,
                    List.of(), UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, VERY_SERIOUS),
            row(18, "Klantonvriendelijk gedrag en/of grof taalgebruik", "Rude behaviour or language to citizens",
                    WORKPLACE_CONDUCT, List.of("Interventie-inspecteur", "Verkeersinspecteur"), QUITE_POSSIBLE,
                    WEEKLY_OR_OCCASIONAL, IMPORTANT),
            row(19, "Niet naleven wettelijke regels", "Not following legal rules", POWERS, List.of(),
                    UNUSUAL_BUT_POSSIBLE, MONTHLY, CONSIDERABLE),
            row(20, "Niet naleven korpsrichtlijnen", "Not following corps directives", POWERS, List.of(),
                    UNUSUAL_BUT_POSSIBLE, MONTHLY, IMPORTANT),
            row(21, "Ongewenst/ongepast seksueel gedrag", "Unwanted or inappropriate sexual behaviour",
                    WORKPLACE_CONDUCT, List.of("Rechercheur MEPROSCH"), ONLY_LONG_TERM, MONTHLY, EXPLOSIVE_IMPACT),
            row(22, "(Ernstig) pesten op het werk", "(Serious) bullying", WORKPLACE_CONDUCT, List.of(),
                    UNUSUAL_BUT_POSSIBLE, MONTHLY, VERY_SERIOUS),
            row(23, "Omgang met crimineel milieu", "Too-close criminal contacts", RELATIONS,
                    List.of("Drugsrechercheur", "Rechercheur MEPROSCH"), VERY_UNLIKELY, FEW_TIMES_A_YEAR,
                    EXPLOSIVE_IMPACT),
            row(24, "Corruptie/omkoping", "Corruption or bribery", POWERS, List.of("Aankoper"), VERY_UNLIKELY,
                    VERY_RARELY, EXPLOSIVE_IMPACT),
            row(25, "Plegen van andere misdrijven (bv. diefstal)", "Other offences, e.g. theft", GOODS, List.of(),
                    UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, VERY_SERIOUS),
            row(26, "Machtsmisbruik voor persoonlijke doeleinden", "Abuse of power, private sphere", POWERS,
                    List.of(), UNUSUAL_BUT_POSSIBLE, FEW_TIMES_A_YEAR, IMPORTANT),
            row(27, "Zwijgcultuur", "Culture of silence", WORKPLACE_CONDUCT, List.of(), UNUSUAL_BUT_POSSIBLE, MONTHLY,
                    VERY_SERIOUS));

    private GentRiskTemplate() {
    }

    private static Row row(int number, String title, String english, RiskFamily family, List<String> functions,
            Probability probability, Exposure exposure, Effect effect) {
        return new Row(number, title, english, family, functions, new Scores(probability, exposure, effect));
    }
}
