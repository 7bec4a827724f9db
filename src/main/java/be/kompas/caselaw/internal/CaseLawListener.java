package be.kompas.caselaw.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.kompas.investigations.CaseDecided;

/** Takes decided cases into the case-law database, after the decision committed. */
@Component
class CaseLawListener {

    private final CaseLawService service;

    CaseLawListener(CaseLawService service) {
        this.service = service;
    }

    @ApplicationModuleListener
    void on(CaseDecided decided) {
        service.takeIn(decided);
    }
}
