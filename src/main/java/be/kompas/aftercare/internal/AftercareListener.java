package be.kompas.aftercare.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import be.kompas.investigations.CaseClosed;
import be.kompas.investigations.CaseOpened;

/** Starts the wellbeing follow-up when a case opens and plans the aftercare when it closes, after each commit. */
@Component
class AftercareListener {

    private final AftercareService service;

    AftercareListener(AftercareService service) {
        this.service = service;
    }

    @ApplicationModuleListener
    void on(CaseOpened opened) {
        service.opened(opened);
    }

    @ApplicationModuleListener
    void on(CaseClosed closed) {
        service.closed(closed);
    }
}
