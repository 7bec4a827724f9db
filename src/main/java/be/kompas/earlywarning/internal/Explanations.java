package be.kompas.earlywarning.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import be.kompas.earlywarning.Denominator;

/**
 * Says in words why an alert fired, from the figures and the rule version stored with it, in the reader's language:
 * "3 use-of-force reports in 6 months; percentile 97 among 42 peers (...) after adjusting for 410 interventions".
 */
@Component("earlyWarningExplanations")
public class Explanations {

    private final MessageSource messages;

    Explanations(MessageSource messages) {
        this.messages = messages;
    }

    public String text(AlertView alert) {
        return text(alert, LocaleContextHolder.getLocale());
    }

    public String text(AlertView a, Locale locale) {
        String indicator = indicator(a.indicator(), locale);
        if (a.percentile() == null) {
            return messages.getMessage("earlywarning.explain.absolute", new Object[] { a.eventCount(), indicator,
                    a.windowMonths(), a.threshold() == null ? "-" : a.threshold() }, locale);
        }
        String ranked = messages.getMessage("earlywarning.explain.ranked", new Object[] { a.eventCount(), indicator,
                a.windowMonths(), a.percentile(), a.peers(), a.peerGroup() }, locale);
        if (a.denominator() == Denominator.NONE) {
            return ranked + ".";
        }
        return ranked + messages.getMessage("earlywarning.explain.adjusted", new Object[] { Math.round(a.exposure()),
                messages.getMessage("earlywarning.denominator." + a.denominator(), null, locale) }, locale);
    }

    public String indicator(String code, Locale locale) {
        return messages.getMessage("earlywarning.indicator." + code, null, code, locale);
    }

    public String indicator(String code) {
        return indicator(code, LocaleContextHolder.getLocale());
    }
}
