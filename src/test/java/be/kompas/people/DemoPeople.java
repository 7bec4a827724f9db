package be.kompas.people;

import be.kompas.core.PageRequest;
import be.kompas.tenancy.OrganisationId;
import be.kompas.tenancy.Organisations;

/** Finds the demo zone and its people for tests. */
record DemoPeople(Organisations organisations, StaffDirectory directory) {

    OrganisationId demo() {
        return organisations.findByCode("demo").orElseThrow().id();
    }

    StaffMemberId person(String name) {
        return directory.search(demo(), StaffQuery.text(name), PageRequest.of(0, 2)).content().get(0).id();
    }
}
