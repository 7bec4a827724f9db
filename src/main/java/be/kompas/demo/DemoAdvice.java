package be.kompas.demo;

import org.springframework.stereotype.Component;

import be.kompas.advice.AdviceSubmissions;
import be.kompas.advice.ReportKind;

/**
 * Three reports waiting on the Advice Point board of the demo zone, one of each kind, submitted as a reporter would;
 * the facilitator opens them with their own key. Each reporter's self-chosen name is given in the README with the
 * shared demo passphrase, so that the reporter's side can be tried as well.
 */
@Component
class DemoAdvice implements DemoStep {

    /** The demo reporters' passphrase (README, "Demo logins"). */
    static final String PASSPHRASE = "demo-wachtzin-2026";

    private final AdviceSubmissions advice;

    DemoAdvice(AdviceSubmissions advice) {
        this.advice = advice;
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    public void load(DemoContext context) {
        var demo = context.organisation("demo");
        advice.submit(demo, ReportKind.QUESTION, "gifts", "Een garagehouder bij wie we vaak takeldiensten bestellen,"
                + " wil me voor Nieuwjaar een fles wijn geven. Mag ik die aannemen?", "demo-vraag", PASSPHRASE);
        advice.submit(demo, ReportKind.SUSPICION, "confidentiality", "Ik vermoed dat een collega van mijn ploeg"
                + " opzoekingen doet in de politionele databanken over de nieuwe partner van zijn ex.",
                "demo-vermoeden", PASSPHRASE);
        advice.submit(demo, ReportKind.WHISTLEBLOWER, "other", "Bij de aankoop van nieuwe voertuigen lijkt de offerte"
                + " van een leverancier telkens vooraf bekend bij de dienst logistiek.", "demo-klokkenluider",
                PASSPHRASE);
    }
}
