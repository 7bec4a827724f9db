package be.kompas.demo;

import java.util.Locale;

import org.springframework.stereotype.Component;

import be.kompas.tenancy.NewOrganisation;
import be.kompas.tenancy.OrganisationKind;
import be.kompas.tenancy.Organisations;

/** Two fictitious zones, a federal directorate and the inspectorate, so that isolation can be tried by hand. */
@Component
class DemoOrganisations implements DemoStep {

    private final Organisations organisations;

    DemoOrganisations(Organisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void load(DemoContext context) {
        add(context, new NewOrganisation("demo", "PZ Demostad", OrganisationKind.LOCAL_ZONE, "9901",
                Locale.forLanguageTag("nl")));
        add(context, new NewOrganisation("demo2", "ZP Exempleville", OrganisationKind.LOCAL_ZONE, "9902",
                Locale.FRENCH));
        add(context, new NewOrganisation("fed", "DGJ – Federale gerechtelijke politie (demo)",
                OrganisationKind.FEDERAL_POLICE, null, Locale.forLanguageTag("nl")));
        add(context, new NewOrganisation("aig", "AIG – Algemene Inspectie (demo)", OrganisationKind.INSPECTORATE,
                null, Locale.forLanguageTag("nl")));
    }

    private void add(DemoContext context, NewOrganisation organisation) {
        context.organisations.put(organisation.code(), organisations.create(organisation));
    }
}
