package be.kompas.policy.internal;

import static be.kompas.policy.ActionDomain.*;

import java.util.List;

import be.kompas.policy.ActionDomain;
import be.kompas.policy.ActionStatus;
import be.kompas.policy.Objective;

/** Every action of the Gent integrity action plan 2025-2030 (domain.md 8.2), with its owner as the plan names it. */
final class GentActionTemplate {

    record Row(ActionDomain domain, String code, String title, String owner, ActionStatus status) {
    }

    /** The strategic objectives of the Gent plan (domain.md 8.1). */
    static final List<Objective> OBJECTIVES = List.of(
            new Objective("SO1", Objective.Kind.STRATEGIC, "", "Extern: burgers en overheden weten dat de politie te"
                    + " vertrouwen is, dat integriteit de norm is, dat op inbreuken gereageerd wordt en dat"
                    + " verantwoording transparant is."),
            new Objective("SO2", Objective.Kind.STRATEGIC, "", "Intern: integriteit is de norm op de werkvloer,"
                    + " afspraken zijn duidelijk en de aanpak verbetert via een PDCA-cyclus."),
            new Objective("SO3", Objective.Kind.STRATEGIC, "", "Medewerkers: grote spontane betrokkenheid bij"
                    + " integriteit; medewerkers en leidinggevenden moedigen elkaar aan."));

    static final List<Row> ROWS = List.of(
            row(POLICY, "B1", "Maturiteitsmeting met het AIG-dashboard", "IC"),
            row(POLICY, "B2",
                    "Risicoanalyse integriteit (RAI) met kwetsbaarheidsmatrix; jaarlijks, eerste tegen eind 2024",
                    "IC met DIT, coaches, DGO en klantencoördinator; per thema DOP, LRD, DGO, DOA, WD, DIT, DFM, DHR"),
            row(POLICY, "B3", "Bedrijfsplan: missie, visie en waarden; vertrouwen en verantwoordelijkheid", "Korpschef"),
            row(POLICY, "B4", "Integriteitsplan: jaarlijkse evaluatie, gerapporteerd aan het directiecomité", "IC"),
            row(POLICY, "B5", "Korpsnota \"Blauw vakmanschap\"; jaarlijks geëvalueerd op het jaareinde", "Korpschef"),
            new Row(POLICY, "B6", "Positieve werkomgeving", "Korpsbeleid", ActionStatus.NOT_IN_SCOPE),
            new Row(POLICY, "B7", "Werkbaar werk", "Benoemde persoon", ActionStatus.NOT_IN_SCOPE),
            new Row(POLICY, "B8", "PTSS-actieplan (gelinkt aan middelenmisbruik)", "DHR/Personeelszorg",
                    ActionStatus.NOT_IN_SCOPE),
            row(POLICY, "B9", "Jaarverslag klachten en DIT-onderzoeken", "DIT"),
            row(POLICY, "B10", "Jaarverslag geweld tegen en door politie, eerst voor 2024", "DGO"),
            row(SELECTION, "S1", "Intakeselectie: integriteit en risicofactoren", "DHR"),
            row(SELECTION, "S2", "Integriteit in plannings- en evaluatiegesprekken", "DHR, evaluatoren"),
            row(SELECTION, "S3", "Evaluatie voor bevordering", "Evaluatoren, korpschef"),
            row(SELECTION, "S4",
                    "Bijzondere functies (loopbaaninformant, mentor, selectiejurylid, specialist geweldbeheersing): integriteit in profielen, vacatures en selectie",
                    "IC, DHR, evaluatoren"),
            row(TRAINING, "O1", "Onthaalcursus \"DNA van ons korps\"", "DHR, korpschef"),
            row(TRAINING, "O2", "Opleidingsplan: welke opleiding verplicht is per functie", "DHR met DOP en DBE"),
            row(TRAINING, "O3", "\"Serious Game: politiedilemma's\" (5-stappenmodel van Cooper)", "Trainers"),
            row(TRAINING, "O4", "Actieve omstaander", "Trainer"),
            row(TRAINING, "O5", "GPI 48-trainingen", "DGO-specialisten"),
            row(TRAINING, "O6", "De-escalerende communicatie", "Trainers"),
            row(TRAINING, "O7", "Trainingen handelingskader (CP5)", "Trainers"),
            row(TRAINING, "O8", "Leiderschapsvisie en \"First Line Leaders\" (integer leiderschap)", "Trainers"),
            row(TRAINING, "O9", "Praatplaat voor teamgesprekken", "Facilitator"),
            row(ENFORCEMENT, "H1", "Proactieve controle, structurele dossiers", "DIT"),
            row(ENFORCEMENT, "H2", "Administratieve onderzoeken en klachtenbeheer", "Klantencoördinator"),
            row(ENFORCEMENT, "H3", "Administratieve onderzoeken", "DIT"),
            row(ENFORCEMENT, "H4", "Gerechtelijk onderzoek", "DIT, Comité P, AIG"),
            row(ENFORCEMENT, "H5", "Tuchtrechtelijk vooronderzoek en bestraffing", "Bureau Tucht, tuchtoverheden"),
            row(ENFORCEMENT, "H6", "Ordemaatregelen", "Korpschef"),
            row(ENFORCEMENT, "H7", "Werknota", "Leidinggevende"),
            row(ENFORCEMENT, "H8", "Felicitatienota voor voorbeeldige integriteit", "Leidinggevende"),
            row(ENFORCEMENT, "H9", "Bemiddelingsgesprek", "DIT, leidinggevende, DHR/Personeelszorg"),
            row(ENFORCEMENT, "H10", "Debriefing met een domeinspecialist", "DGO, coaches"),
            row(ENFORCEMENT, "H11", "Bijkomende opleiding", "Korpschef, diensthoofd, trainers"),
            row(ENFORCEMENT, "H12", "Herstelparcours na een effectieve sanctie (vrijwillig contract mogelijk)",
                    "Korpschef, DHR/Personeelszorg, DIT"),
            row(ENFORCEMENT, "H13", "Nazorggesprek met het team, zodra het geheim het toelaat",
                    "Leidinggevende, DHR/Personeelszorg, coaches"),
            row(COMMUNICATION, "C1", "Intranetpagina", "IC, DCO"),
            row(COMMUNICATION, "C2", "Communicatieplan: welk kanaal waarvoor", "IC, facilitator, DCO"),
            row(COMMUNICATION, "C3", "Periodieke preventieboodschappen (getuigenissen, zoals \"Praten na de storm\")",
                    "IC, facilitator, DCO"),
            row(COMMUNICATION, "C4", "Communicatie na een groot incident (crisissjabloon)",
                    "Korpschef, IC, woordvoerder"),
            row(POINTS_OF_ATTENTION, "A1", "Periodiek teamgesprek over kwetsbaarheid en weerbaarheid, geleid door een coach",
                    "?"),
            row(POINTS_OF_ATTENTION, "A2", "Beïnvloeding vanuit het criminele milieu vermijden", "?"),
            row(POINTS_OF_ATTENTION, "A3", "Familie en vrienden: omgaan met druk (casusbank of praatplaat?)",
                    "Facilitator en coaches"));

    private GentActionTemplate() {
    }

    private static Row row(ActionDomain domain, String code, String title, String owner) {
        return new Row(domain, code, title, owner, ActionStatus.PLANNED);
    }
}
